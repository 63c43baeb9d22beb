// Document × rules → findings and coverage. Pure: no files, no printing, no clock.
import type { Block, BlockLoc, Coverage, Document, Finding, Lang, Level, Rule, Severity } from '../types.js';
import type { Matcher } from './matcher.js';
import { message } from './messages.js';
import type { FileSettings } from './types.js';

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
}

type Location = BlockLoc & { heading?: string };

function locationOf(block: Block): Location {
  const heading = block.headingPath[block.headingPath.length - 1];
  return heading === undefined ? { ...block.loc } : { ...block.loc, heading };
}

/** A suppression as the engine uses it: from the document itself or from the config. */
interface Suppression {
  reason: string;
  loc?: BlockLoc;
  /** Written in the document (a comment), not in the config. */
  inline: boolean;
}

/**
 * Lints one document against `rules`. Authority-scope rules are skipped (they are checklists
 * for the authority, not text in a tender); a rule set to `off` is not checked at all. Every
 * other rule ends as exactly one of: a coverage entry `covered` (with where), a coverage entry
 * `suppressed` (with the reason), or a `missing` finding (with the clause to insert).
 */
export function lintDocument(doc: Document, rules: readonly Rule[], opts: LintDocumentOptions): DocumentLint {
  const docLang = opts.matcher.detectLanguage(doc.blocks);
  const find = opts.matcher.forDocument(doc.blocks);
  const findings: Finding[] = [];
  const coverage: Coverage[] = [];
  const severity = opts.settings?.severity ?? {};
  const known = new Set(rules.map((r) => r.id));
  const prefixes = new Set(rules.map((r) => r.id.split('.')[0]));

  // Inline suppressions first, by rule id; the first one for a rule counts.
  const suppressions = new Map<string, Suppression>();
  for (const s of doc.suppressions) {
    if (!known.has(s.ruleId)) {
      // A rule of a pack not selected in this run (`--pack`) is no typo: let it be.
      if (prefixes.has(s.ruleId.split('.')[0])) findings.push(suppressionFinding(s.ruleId, 'unknownSuppression', opts.lang, s.loc));
    } else if (s.reason.trim() === '') {
      findings.push(suppressionFinding(s.ruleId, 'noReason', opts.lang, s.loc));
    } else if (!suppressions.has(s.ruleId)) {
      suppressions.set(s.ruleId, { reason: s.reason.trim(), inline: true, ...(s.loc ? { loc: s.loc } : {}) });
    }
  }
  for (const [ruleId, reason] of Object.entries(opts.settings?.suppress ?? {})) {
    if (!suppressions.has(ruleId)) suppressions.set(ruleId, { reason, inline: false });
  }

  for (const rule of rules) {
    if (rule.scope !== 'supplier') continue;
    const setting = severity[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    const hit = find(rule);
    const suppression = suppressions.get(rule.id);
    if (hit) {
      coverage.push({ ruleId: rule.id, status: 'covered', location: locationOf(hit.block) });
      // Only suppressions written in the document are reported as unused: a config entry
      // covers many files, and some of them may well ask for the rule.
      if (suppression?.inline) findings.push(suppressionFinding(rule.id, 'unusedSuppression', opts.lang, suppression.loc));
    } else if (suppression) {
      coverage.push({
        ruleId: rule.id,
        status: 'suppressed',
        reason: suppression.reason,
        ...(suppression.loc ? { location: { ...suppression.loc } } : {}),
      });
    } else {
      findings.push(missingFinding(rule, setting, opts.level, opts.lang, docLang));
    }
  }
  return { lang: docLang, findings, coverage };
}

function missingFinding(rule: Rule, severity: Severity, level: Level, lang: Lang, docLang: Lang): Finding {
  const clause = rule.levels[level] ?? rule.levels.base;
  return {
    ruleId: rule.id,
    kind: 'missing',
    severity,
    message: message(lang, 'missing', { title: rule.title[lang], basis: rule.basis.join('; ') }),
    // The clause goes into the document, so it is in the document's language.
    suggestion: clause.text[docLang],
  };
}

function suppressionFinding(
  ruleId: string,
  key: 'unusedSuppression' | 'unknownSuppression' | 'noReason',
  lang: Lang,
  loc: BlockLoc | undefined,
): Finding {
  return {
    ruleId,
    kind: 'suppression',
    severity: 'warning',
    message: message(lang, key, { id: ruleId }),
    ...(loc ? { location: { ...loc } } : {}),
  };
}
