// The lint library API: lint files (lintFiles) or one document already read (lintDocument).
export { lintFiles } from './run.js';
export { lintDocument, type DocumentLint, type LintDocumentOptions } from './engine.js';
export { createMatcher, type Matcher, type EvidenceHit } from './matcher.js';
export { discover, DOCUMENT_EXTENSIONS, type Discovered, type DiscoverOptions, type Target } from './discover.js';
export { exitCodeFor, summarize, LINT_EXIT } from './summary.js';
export { selectRules } from './select.js';
export { settingsResolver } from './settings.js';
export type { FailOn, FileResult, FileSettings, LintOptions, LintResult, LintSummary } from './types.js';
export { fixFiles, type FixedFile, type FixResult } from './fix.js';
