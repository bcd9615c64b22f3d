// A graph's own attributes: what each can do in the viewer (facet, range, toggle, colour), and colours as files write them.
export * from './types.js';
export {
  computeAttributeProfiles,
  computeEdgeAttributeProfiles,
  chooseColorAttribute,
  forEachAttributeValue,
  RESERVED_ATTRIBUTES,
  SHOWN_ELSEWHERE,
} from './compute-attribute-profile.js';
export { parseColor } from './parse-color.js';
export { binOf, positionOf, valueAt } from './scale.js';
