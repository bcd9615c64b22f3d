// Synthetic landscapes in the record schema, for benchmarks and scale tests.
export * from './generate-landscape.js';
export * from './render-records.js';
export * from './generate-table.js';
