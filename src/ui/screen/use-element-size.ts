// The size of an element as it changes (ResizeObserver): lets the map wait for a container with room.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useHasSize(ref: RefObject<HTMLElement | null>): boolean {
  const [hasSize, setHasSize] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setHasSize(element.clientWidth > 0 && element.clientHeight > 0);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return hasSize;
}
