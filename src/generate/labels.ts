// The appendix's own words (headings, introduction, table headers, warnings) in sv and en, and
// the `{name}` slots they hold. Clause text never lives here: it comes from the rule packs. The
// shape is in labels/types.ts, the texts in labels/sv.ts and labels/en.ts.
import type { Lang } from '../types.js';
import { en } from './labels/en.js';
import { sv } from './labels/sv.js';
import type { Labels } from './labels/types.js';

export type { Labels };

/** The labels for a language. */
export const LABELS: Record<Lang, Labels> = { sv, en };

/** Fills `{name}` slots (single braces; `{{…}}` placeholders pass through untouched). */
export function slot(text: string, values: Record<string, string | number>): string {
  return text.replace(/(?<!\{)\{(\w+)\}(?!\})/g, (all, key: string) => (key in values ? String(values[key]) : all));
}
