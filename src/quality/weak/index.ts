// The weak-requirement checks: the pack's shape, the check kinds, and running them on a document.
export { WEAK_CHECK_KINDS, type TermLists, type WeakCheckKind, type WeakCheckSpec, type WeakPack } from './types.js';
export { CHECK_KINDS, type CheckKind } from './kinds.js';
export { compileWeakPack, type CompiledCheck, type WeakChecks } from './compile.js';
export { weakFindings, type CoveredRule, type WeakOptions } from './findings.js';
export { runWeakExamples, type WeakExampleOutcome } from './examples.js';
