// Document × rules → findings and coverage. Pure: no files, no printing, no clock.
import type { CompiledPack, CoveredRule, LanguageChecks, WeakChecks } from '../quality/index.js';
import type {
  Block,
  Coverage,
  CoverageEvidence,
  Document,
  Finding,
  FindingLocation,
  Lang,
  Level,
  Rule,
  Severity,
} from '../types.js';
import { clauseAt, clauseFor } from '../packs/clause.js';
import type { WordTest } from '../match/index.js';
import type { EvidenceHit, Matcher } from './matcher.js';
import { message } from './messages.js';
import { qualityFindings } from './quality.js';
import { collectSuppressions, suppressionFinding } from './suppressions.js';
import type { FileSettings } from './types.js';
import { MetaValues } from '../generate/meta.js';
import { fillText } from '../generate/placeholders.js';

/** What one document gets from lint. */
export interface DocumentLint {
  /** The document's own language, detected from its text. */
  lang: Lang;
  findings: Finding[];
  coverage: Coverage[];
}

export interface LintDocumentOptions {
  /** The level whose clause is suggested for a missing rule (falls back to base). */
  level: Level;
  /** Language of messages. */
  lang: Lang;
  matcher: Matcher;
  /** Severities and suppressions from the config for this file. */
  settings?: FileSettings;
  /** The language packs whose words give `language` findings, compiled for the run; none, no such findings. */
  language?: LanguageChecks;
  /** The weak pack's checks, compiled (see `compileWeakPack`); none, no `weak` findings. */
  weak?: WeakChecks;
  /** The file's text, for Markdown and text: a `language` finding then points at the word itself. */
  source?: string;
  /**
   * Whether a rule's findings are reported (`--rule` / `--exclude`); default every rule. A
   * requirement rule left out gives no finding or coverage, but where the document asks for it,
   * it still counts for the weak checks (so `--rule 'weak.*'` works).
   */
  isReported?: (ruleId: string) => boolean;
  /** `--explain`: rules whose missing finding carries the passages that came closest (see `Matcher.nearMisses`). */
  isExplained?: (ruleId: string) => boolean;
  /** The ids of `rules`, `language` and `weak` (see `ruleIdsOf`), made once for a run of many documents. */
  ruleIds?: RuleIds;
}

function locationOf(block: Block): FindingLocation {
  const heading = block.headingPath[block.headingPath.length - 1];
  return heading === undefined ? { ...block.loc } : { ...block.loc, heading };
}

/** The rule ids a document is linted with: for suppressions and unused suppressions. */
export interface RuleIds {
  qualityIds: ReadonlySet<string>;
  known: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

const NO_PACKS: readonly CompiledPack[] = [];
const NO_WEAK: WeakChecks = {
  pack: { id: '', prefix: '', version: '', title: { sv: '', en: '' }, checks: [], file: '' },
  checks: [],
};

/** The ids of the requirement rules, the language packs' rules and the weak checks. */
export function ruleIdsOf(rules: readonly Rule[], language?: LanguageChecks, weak: WeakChecks = NO_WEAK): RuleIds {
  const packs = language?.packs ?? NO_PACKS;
  const qualityIds = new Set([
    ...packs.flatMap((p) => p.pack.rules.map((r) => r.id)),
    ...weak.pack.checks.map((c) => c.id),
  ]);
  const known = new Set([...rules.map((r) => r.id), ...qualityIds]);
  const prefixes = new Set([...known].map((id) => id.split('.')[0] ?? ''));
  return { qualityIds, known, prefixes };
}

/**
 * Lints one document against `rules` and `opts.language`. Authority-scope rules are skipped
 * (they are checklists for the authority, not text in a tender); a rule set to `off` is not
 * checked at all. Every other requirement rule ends as exactly one of: a coverage entry
 * `covered` (with where), a coverage entry `suppressed` (with the reason), or a `missing`
 * finding (with the clause to insert). Then come the `weak` findings on the covered rules and
 * the `language` findings, in document order.
 */
export function lintDocument(doc: Document, rules: readonly Rule[], opts: LintDocumentOptions): DocumentLint {
  const docLang = opts.matcher.detectLanguage(doc.blocks);
  const find = opts.matcher.forDocument(doc.blocks);
  const coverage: Coverage[] = [];
  const severity = opts.settings?.severity ?? {};
  const isReported = opts.isReported ?? (() => true);
  const weakChecks = opts.weak ?? NO_WEAK;
  const { qualityIds, known, prefixes } = opts.ruleIds ?? ruleIdsOf(rules, opts.language, weakChecks);
  const { suppressions, findings } = collectSuppressions(doc, opts.settings, known, prefixes, opts.lang);
  const weak = weakChecks.checks.some(({ spec }) => isReported(spec.id) && severity[spec.id] !== 'off');

  const covered: CoveredRule[] = [];
  // A missing rule's clause goes into the document with the bracketed fields of an appendix
  // without metadata ("[Upphandlingens namn]"), the same for every rule.
  const noMeta = new MetaValues(undefined, docLang, undefined);
  for (const rule of rules) {
    if (rule.scope !== 'supplier') continue;
    // A rule that starts above the level (an award criterion only leading asks for) is not expected.
    if (!clauseFor(rule, opts.level)) continue;
    const setting = severity[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const reported = isReported(rule.id);
    if (!reported && !weak) continue;
    const hit = find(rule);
    if (hit) covered.push({ rule, block: hit.block, unit: hit.unit });
    // Left out by --rule/--exclude: not unknown either, so a suppression of it is quietly unused.
    if (!reported) continue;
    const suppression = suppressions.get(rule.id);
    if (hit) {
      coverage.push({
        ruleId: rule.id,
        status: 'covered',
        location: locationOf(hit.block),
        ...(hit.why ? { evidence: evidenceOf(hit.unit, hit.why) } : {}),
      });
      // Only suppressions written in the document are reported as unused: a config entry
      // covers many files, and some of them may well ask for the rule.
      if (suppression?.inline)
        findings.push(suppressionFinding(rule.id, 'unusedSuppression', opts.lang, suppression.loc));
    } else if (suppression) {
      coverage.push({
        ruleId: rule.id,
        status: 'suppressed',
        reason: suppression.reason,
        ...(suppression.loc ? { location: { ...suppression.loc } } : {}),
      });
    } else {
      const finding = missingFinding(rule, setting, opts.level, opts.lang, docLang, noMeta);
      if (opts.isExplained?.(rule.id) && opts.matcher.nearMisses) {
        finding.nearMisses = opts.matcher.nearMisses(doc.blocks, rule).map((m) => ({
          location: locationOf(m.block),
          unit: m.unit,
          party: m.party,
          force: m.force,
          concepts: m.concepts.map((c) => (c ? { ...c } : null)),
          reason: m.reason,
        }));
      }
      findings.push(finding);
    }
  }
  const quality = qualityFindings(doc, {
    covered,
    language: opts.language ?? null,
    weak: weak ? weakChecks : null,
    lang: opts.lang,
    severity,
    isReported,
    suppressions,
    qualityIds,
    ...(opts.matcher.blocksWithWord
      ? { blocksWithWord: (test: WordTest) => opts.matcher.blocksWithWord!(doc.blocks, test) }
      : {}),
    ...(opts.source !== undefined ? { source: opts.source } : {}),
  });
  findings.push(...quality.findings);
  coverage.push(...quality.suppressed);
  return { lang: docLang, findings, coverage };
}

function evidenceOf(unit: string, why: NonNullable<EvidenceHit['why']>): CoverageEvidence {
  return {
    unit,
    party: why.party,
    force: why.force,
    ...(why.trigger ? { trigger: why.trigger } : {}),
    concepts: why.concepts.map((c) => ({ ...c })),
  };
}

function missingFinding(
  rule: Rule,
  severity: Severity,
  level: Level,
  lang: Lang,
  docLang: Lang,
  noMeta: MetaValues,
): Finding {
  const clause = clauseAt(rule, level)!;
  return {
    ruleId: rule.id,
    kind: 'missing',
    severity,
    message: message(lang, 'missing', { title: rule.title[lang], basis: rule.basis.join('; ') }),
    // The clause goes into the document, so it is in the document's language.
    suggestion: fillText(clause.text[docLang], noMeta),
  };
}
