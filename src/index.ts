// The jamkrav library API: what every CLI command calls, and what other programs may import.

export type * from './types.js';
export { UserError, isUserError } from './errors.js';

// Rule packs and the catalogue.
export {
  loadCatalogue,
  loadPackFile,
  loadReading,
  validatePacks,
  selectRules,
  clauseAt,
  BUILTIN_PACKS,
  type CatalogueOptions,
  type RuleFilter,
} from './packs/index.js';
export { runExamples, type ExampleOutcome } from './packs/examples.js';

// The evidence matcher.
export {
  compileEvidence,
  MatchSession,
  detectLanguage,
  EvidenceError,
  type EvidenceHit,
  type PreparedText,
  type Role,
} from './match/index.js';

// Reading tender documents.
export {
  readDocument,
  readDocumentBytes,
  sniffFormat,
  DEFAULT_LIMITS,
  type ReadLimits,
  type ReadOptions,
} from './documents/index.js';

// Generating appendices.
export {
  generate,
  parseMeta,
  FORMATS,
  type GenerateOptions,
  type GenerateResult,
  type TenderMeta,
} from './generate/index.js';
export { writeOutput } from './fs/write.js';

// Linting and reporting.
export {
  lintFiles,
  lintDocument,
  exitCodeFor,
  type LintOptions,
  type LintResult,
  type FileResult,
} from './lint/index.js';
// The language packs compiled for lintDocument's `language` option, once per run.
export { LanguageChecks } from './quality/index.js';
export { formatters, getFormatter, type Formatter, type FormatContext } from './report/index.js';
export { loadConfig, findConfigFile, type JamkravConfig } from './config/index.js';
