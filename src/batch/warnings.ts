// A batch's warnings, one line per distinct warning: 150 tenders missing the same metadata field
// give one line with a count and the first outputs, not 150 lines. Lines follow the manifest.
import type { ChalkInstance } from 'chalk';
import { fmt } from '../i18n.js';
import { printable } from '../report/printable.js';
import type { Lang } from '../types.js';
import type { TenderOutcome } from './index.js';
import { TENDER, WARNINGS } from './messages.js';

/** One distinct warning and the outputs of the tenders that gave it, in manifest order. */
export interface WarningGroup {
  message: string;
  outputs: string[];
}

/** Outputs named on a grouped warning's line before the rest are only counted. */
const NAMED = 3;

/** Distinct warnings in the order the manifest first gives them (outcomes in manifest order). */
export function groupWarnings(outcomes: readonly TenderOutcome[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const o of outcomes) {
    for (const message of new Set(o.warnings)) {
      const group = groups.get(message) ?? { message, outputs: [] };
      group.outputs.push(o.output);
      groups.set(message, group);
    }
  }
  return [...groups.values()];
}

/**
 * `jamkrav: warning: a.docx: message` for a warning of one tender;
 * `jamkrav: warning: message (150 tenders: a.docx, b.docx, c.docx and 147 more)` for many.
 */
export function warningText(groups: readonly WarningGroup[], lang: Lang, c: ChalkInstance): string {
  const word = c.yellow(fmt(lang, TENDER.warning));
  return groups
    .map(({ message, outputs }) => {
      const text = printable(message);
      if (outputs.length === 1) return `jamkrav: ${word}: ${printable(outputs[0]!)}: ${text}\n`;
      const named = outputs
        .slice(0, NAMED)
        .map((o) => printable(o))
        .join(', ');
      const rest = outputs.length - NAMED;
      const list = rest > 0 ? fmt(lang, WARNINGS.more, { outputs: named, n: rest }) : named;
      return (
        `jamkrav: ${word}: ${text} ` +
        `${c.dim(`(${fmt(lang, WARNINGS.many, { n: outputs.length, outputs: list })})`)}\n`
      );
    })
    .join('');
}
