// Fills `{name}` placeholders of a localised message.
import type { Lang, Text } from '../types.js';

/** The message in `lang` with `{name}` placeholders filled from `values`. */
export function say(lang: Lang, text: Text, values: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
}
