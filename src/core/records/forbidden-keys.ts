// Keys refused wherever data becomes objects (YAML records, imported attributes): they could pollute
// prototypes. A module of its own, so the viewer gets it without the YAML parser.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
