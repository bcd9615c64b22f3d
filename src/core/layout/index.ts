// Layout of the landscape: deterministic ForceAtlas2 + noverlap with a position cache.
export * from './compute-layout.js';
