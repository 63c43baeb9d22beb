// Placeholders `{{key}}` in plain text: the pattern, and substitution through MetaValues.
import type { MetaValues } from './meta.js';

/** `{{ key }}`: a key starts with a letter and holds letters, digits, `.`, `_` and `-`. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

/** Block placeholders: each fills a whole paragraph of a template. */
export const BLOCKS = ['introduction', 'requirements', 'evaluation', 'followup', 'checklist'] as const;
export type BlockName = (typeof BLOCKS)[number];

/** `jamkrav.requirements` → `requirements`, or undefined for any other key. */
export function blockOf(key: string): BlockName | undefined {
  if (!key.startsWith('jamkrav.')) return undefined;
  const name = key.slice('jamkrav.'.length);
  return (BLOCKS as readonly string[]).includes(name) ? (name as BlockName) : undefined;
}

/**
 * Fills the metadata placeholders of a plain string. Unknown keys stay as written, so the
 * officer sees them; MetaValues records them for the warning.
 */
export function fillText(text: string, values: MetaValues): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (all, key: string) => {
    const r = values.resolve(key);
    return r.kind === 'unknown' ? all : r.text;
  });
}
