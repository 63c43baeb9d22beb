// The evidence matcher's public API: compile a rule's evidence once, prepare a document once,
// then ask whether and where the evidence stands in it.

export { EvidenceError } from './errors.js';
export { compileEvidence, type CompiledEvidence } from './compile.js';
export { prepare, type PreparedText } from './prepare.js';
export { findEvidence, type EvidenceHit } from './find.js';
export { exampleBlocks } from './example.js';
export { detectLanguage } from './language.js';
export { isRequirementContext } from './context.js';
