// Suppressions as the engine uses them: from the document (comments) and the config, by rule id,
// and the findings about suppressions that are unused, name no rule or give no reason.
import type { BlockLoc, Document, Finding, Lang } from '../types.js';
import { message } from './messages.js';
import type { FileSettings } from './types.js';

/** A suppression of one rule, from the document itself or from the config. */
export interface Suppression {
  reason: string;
  loc?: BlockLoc;
  /** Written in the document (a comment), not in the config. */
  inline: boolean;
}

/**
 * The suppressions in force for a document, by rule id (the first one for a rule counts), plus
 * findings for those that cannot count: naming an unknown rule of a loaded pack (a prefix in
 * `prefixes`), or giving no reason. An id under a prefix not loaded in this run (`--pack`) is
 * no typo and passes quietly.
 */
export function collectSuppressions(
  doc: Document,
  settings: FileSettings | undefined,
  known: ReadonlySet<string>,
  prefixes: ReadonlySet<string>,
  lang: Lang,
): { suppressions: Map<string, Suppression>; findings: Finding[] } {
  const suppressions = new Map<string, Suppression>();
  const findings: Finding[] = [];
  for (const s of doc.suppressions) {
    if (!known.has(s.ruleId)) {
      if (prefixes.has(s.ruleId.split('.')[0] ?? ''))
        findings.push(suppressionFinding(s.ruleId, 'unknownSuppression', lang, s.loc));
    } else if (s.reason.trim() === '') {
      findings.push(suppressionFinding(s.ruleId, 'noReason', lang, s.loc));
    } else if (!suppressions.has(s.ruleId)) {
      suppressions.set(s.ruleId, { reason: s.reason.trim(), inline: true, ...(s.loc ? { loc: s.loc } : {}) });
    }
  }
  for (const [ruleId, reason] of Object.entries(settings?.suppress ?? {})) {
    if (!suppressions.has(ruleId)) suppressions.set(ruleId, { reason, inline: false });
  }
  return { suppressions, findings };
}

/** A `suppression` finding (always a warning: the rule itself is checked as usual). */
export function suppressionFinding(
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
