// Offsets in a text → 1-based line and column, for error messages of the importers.

export interface LineIndex {
  position(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
  let starts: number[] | undefined;
  const build = () => {
    const found = [0];
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) found.push(at + 1);
    return found;
  };
  return {
    position(offset) {
      starts ??= build();
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1 };
    },
  };
}
