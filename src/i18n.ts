// Language choice for everything a user reads: Swedish by default, English on request.
import type { Lang, Text } from './types.js';

/** `--lang` wins; then LC_ALL / LC_MESSAGES / LANG starting with `en`; else Swedish. */
export function pickLang(flag?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'sv' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'sv';
}

/** The string for `lang` from a localised text. */
export function tr(lang: Lang, text: Text): string {
  return text[lang];
}

/** Typographic quotation marks around a passage quoted in a document: ”…” in Swedish, “…” in English. */
export const QUOTED = { sv: '”{text}”', en: '“{text}”' } as const satisfies Text;

/** The locale numbers are written in: 12 400 000 and 8,00 in Swedish; 12,400,000 and 8.00 in English. */
export const NUMBER_LOCALE: Readonly<Record<Lang, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** What fills a message's `{name}` slots. */
export type Values = Readonly<Record<string, string | number>>;

/**
 * A message with `{name}` slots filled from `values`. Every text a user reads is written this
 * way: a catalogue (`{ key: { sv, en } }`) per module, a key, and values, so that a translation
 * is one place to edit and no call site chooses a language with a ternary.
 */
export function fmt(lang: Lang, text: Text, values: Values = {}): string {
  return fill(text[lang], values);
}

/**
 * `template` with its `{name}` slots filled in one pass, for texts already in one language (a
 * labels table). A value is never read as a template, and a slot without a value stays as written.
 */
export function fill(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : all));
}

/** A catalogue's texts in one language, for a module that says many: `say('loop')`, `say('more', { n })`. */
export function sayer<K extends string>(
  lang: Lang,
  texts: Readonly<Record<K, Text>>,
): (key: K, values?: Values) => string {
  return (key, values) => fmt(lang, texts[key], values);
}
