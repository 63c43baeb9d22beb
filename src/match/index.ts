// The evidence matcher's public API: compile a rule's evidence once, prepare a document once,
// then ask whether and where the evidence stands in it.

export { EvidenceError } from './errors.js';
export { compileEvidence, type CompiledEvidence } from './compile.js';
export { blocksWithWord, prepare, type PreparedText } from './prepare.js';
export type { WordTest } from './vocabulary.js';
export { findEvidence, type EvidenceHit } from './find.js';
export { exampleBlocks } from './example.js';
export { detectLanguage } from './language.js';
export { isRequirementContext } from './context.js';

// The building blocks the writing-quality checks (src/quality) reuse: the same words, the same
// normalisation and the same term syntax as evidence, so both read a tender alike.
export { isWordChar, isWordUnit, tokenise } from './tokens.js';
export { normaliseText } from './normalise.js';
export { inflectedForms } from './inflection.js';
export { compileTerm, type WordPattern } from './terms.js';
