// Entity resolution of incoming (table) entities onto the records' entities, with committed decisions.
export * from './types.js';
export * from './schema.js';
export { resolveEntities, type ResolveInput, type IncomingForResolution } from './resolve-entities.js';
export { nameTokens, orgCoreTokens, isVersionToken } from './normalize.js';
