// Rule ids inside one pack file, for rule packs and language packs alike: every id under the
// pack's prefix, none twice.
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';

const M = {
  prefix: {
    sv: 'regel-id {id} ska börja med paketets prefix "{prefix}."',
    en: 'rule id {id} must start with the pack prefix "{prefix}."',
  },
  duplicate: { sv: 'regel-id {id} finns redan (rad {line})', en: 'rule id {id} is already used (line {line})' },
} satisfies Record<string, Text>;

/** Why `id` does not belong in a pack with `prefix`, or null when it does. */
export function prefixProblem(id: string, prefix: string, lang: Lang): string | null {
  return id.startsWith(`${prefix}.`) ? null : fmt(lang, M.prefix, { id, prefix });
}

/** The message for an id already used at `line` (0 or less: inherited, so no line to name). */
export function duplicateProblem(id: string, line: number, lang: Lang): string {
  return fmt(lang, M.duplicate, { id, line: line > 0 ? line : '?' });
}
