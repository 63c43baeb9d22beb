// The evidence matcher's public API: a match session per run; compile a rule's evidence once,
// prepare a document once, then ask whether, where and why the evidence stands in it.

export { EvidenceError } from './errors.js';
export { compileEvidence, SOURCES, type CompiledEvidence, type Source } from './compile.js';
export { MatchSession } from './session.js';
export { TermMemo, type SavedTermMemo } from './term-memo.js';
export { savedTermMemo, TERM_MEMO_FILE } from './term-memo-file.js';
export type { PreparedText, PrepareOptions } from './prepare.js';
export type { WordTest } from './vocabulary.js';
export type { EvidenceHit, ConceptEvidence, NearMiss } from './find.js';
export { BINDS, type Force, type Party, type Role } from './binds.js';
export { compileReading, type Reading, type ReadingSpec } from './reading.js';
export { exampleBlocks } from './example.js';
export { detectLanguage } from './language.js';

// The building blocks the writing-quality checks (src/quality) reuse: the same words, the same
// normalisation and the same term syntax as evidence, so both read a tender alike.
export { isWordChar, isWordUnit, tokenise } from './tokens.js';
export { normaliseText } from './normalise.js';
export { inflectedForms } from './inflection.js';
export { compileTerm, type WordPattern } from './terms.js';
