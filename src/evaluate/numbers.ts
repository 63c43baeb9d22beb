// Numbers as each language writes them in the protocol: 8,00 and 12 400 000 kr; 8.00 and SEK 12,400,000.
import { fmt, NUMBER_LOCALE } from '../i18n.js';
import type { Lang } from '../types.js';

/** Where the currency stands: after the amount in Swedish, before it in English. */
const SEK = { sv: '{amount} kr', en: 'SEK {amount}' } as const;

/** Two decimals: the points of weighted criteria. */
export function points(n: number, lang: Lang): string {
  return n
    .toLocaleString(NUMBER_LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/\u00a0|\u2212/g, (c) => (c === '\u2212' ? '-' : ' '));
}

/** A plain number as written (a score, a weight): no grouping below 10 000. */
export function plain(n: number, lang: Lang): string {
  return n
    .toLocaleString(NUMBER_LOCALE[lang], { maximumFractionDigits: 4 })
    .replace(/\u00a0|\u2212/g, (c) => (c === '\u2212' ? '-' : ' '));
}

/** An amount in SEK. */
export function sek(n: number, lang: Lang): string {
  const v = n
    .toLocaleString(NUMBER_LOCALE[lang], { maximumFractionDigits: 2 })
    .replace(/\u00a0|\u2212/g, (c) => (c === '\u2212' ? '-' : ' '));
  return fmt(lang, SEK, { amount: v });
}
