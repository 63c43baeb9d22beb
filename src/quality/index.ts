// Writing quality: gender-biased language (language packs, `--fix`) and weak or risky
// requirements. Pure functions over Documents and sources; loading packs and fixing files are the
// only I/O (load.ts, fix-file.ts).
export type { FixEdit, LanguagePack, LanguageRule, QualityFinding, QualityLocation } from './types.js';
export {
  BUILTIN_LANGUAGE_PACKS,
  builtinLanguagePackPath,
  isBuiltinLanguagePack,
  isLanguagePackName,
  loadLanguagePack,
  loadLanguagePackByName,
} from './load.js';
export { languageFindings, type LanguageFindingOptions } from './language.js';
export { scanText, type LanguageMatch } from './scan.js';
export { planFixes, type FixPlan, type PlanFixesOptions } from './fix.js';
export { unifiedDiff } from './diff.js';
export { keepCase } from './case.js';
export { fixFile, type FixFileOptions, type FixFileResult } from './fix-file.js';
export { weakFindings, type CoveredRule, type WeakOptions } from './weak.js';
export { WEAK_CHECKS, WEAK_TERMS, type WeakCheck, type WeakTerms } from './weak-terms.js';
export { WEAK_PREFIX, WEAK_RULE_IDS } from './weak-terms.js';
export { qualityRules } from './meta.js';
export { runLanguageExamples, type LanguageExampleOutcome } from './examples.js';
