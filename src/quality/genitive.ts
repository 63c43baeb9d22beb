// The genitive endings a form may take without the pack listing them: Swedish `-s`, English
// `'s` and `s'`. Shared by the scanner and its pre-filter, which must agree on them exactly.
import type { LanguagePack } from './types.js';

/** The base form and the genitive ending of a word, when it has one. */
export function genitives(lower: string, original: string, lang: LanguagePack['lang']): [string, string][] {
  const out: [string, string][] = [];
  if (lang === 'sv' && lower.length > 3 && lower.endsWith('s')) out.push([lower.slice(0, -1), original.slice(-1)]);
  if (lang === 'en') {
    if (lower.endsWith("'s")) out.push([lower.slice(0, -2), original.slice(-2)]);
    else if (lower.endsWith("s'")) out.push([lower.slice(0, -1), original.slice(-1)]);
  }
  return out;
}
