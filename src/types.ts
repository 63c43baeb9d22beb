// The domain types every layer shares: packs and rules, documents and blocks, findings. Each
// part lives in src/types/; import them from here.
export * from './types/base.js';
export type * from './types/document.js';
export type * from './types/findings.js';
export type * from './types/rules.js';
export type * from './types/source.js';
