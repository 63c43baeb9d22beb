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

/** A message with `{name}` slots filled from `values`. */
export function fmt(lang: Lang, text: Text, values: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (all, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : all,
  );
}
