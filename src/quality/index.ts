// Writing quality: gender-biased language (language packs, `--fix`) and weak or risky
// requirements (the weak pack's checks). Pure functions over Documents and sources; fixing files
// is the only I/O (fix-file.ts). The packs themselves are loaded by src/packs.
export type { FixEdit, LanguagePack, LanguageRule, QualityFinding, QualityLocation } from './types.js';
export { languageFindings, type LanguageFindingOptions } from './language.js';
export { LanguageChecks } from './language-checks.js';
export type { CompiledPack } from './compile.js';
export { scanText, type LanguageMatch } from './scan.js';
export { planFixes, type FixPlan, type PlanFixesOptions } from './fix.js';
export { unifiedDiff } from './diff.js';
export { keepCase } from './case.js';
export { fixFile, type FixFileOptions, type FixFileResult } from './fix-file.js';
export {
  CHECK_KINDS,
  compileWeakPack,
  runWeakExamples,
  WEAK_CHECK_KINDS,
  weakFindings,
  type CoveredRule,
  type WeakCheckKind,
  type WeakCheckSpec,
  type WeakChecks,
  type WeakExampleOutcome,
  type WeakOptions,
  type WeakPack,
} from './weak/index.js';
export { qualityRules } from './meta.js';
export { runLanguageExamples, type LanguageExampleOutcome } from './examples.js';
export { compileTerms, type Term } from './terms.js';
