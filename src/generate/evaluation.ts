// How an award criterion's evaluation reads in an appendix: the points and their weight (or the
// price deduction per point), and the scoring guide with every step of the scale.
import { fmt, NUMBER_LOCALE } from '../i18n.js';
import type { Evaluation, Lang, Text } from '../types.js';

const W = {
  weight: { sv: 'vikt {weight} %', en: 'weight {weight}%' },
  perPoint: { sv: '{amount} kr i prisavdrag per poäng', en: 'SEK {amount} price deduction per point' },
  point: { sv: 'poäng', en: 'point' },
  points: { sv: 'poäng', en: 'points' },
} as const satisfies Record<string, Text>;

/** Thousands grouped as each language writes them: 20 000 kr, SEK 20,000. */
function amount(n: number, lang: Lang): string {
  return n.toLocaleString(NUMBER_LOCALE[lang]).replace(/\u00a0/g, ' ');
}

/** The weight or the deduction per point, or undefined when the pack gives neither. */
export function weightOf(e: Evaluation, lang: Lang): string | undefined {
  if (e.weight !== undefined) return fmt(lang, W.weight, { weight: e.weight });
  if (e.deductionPerPoint !== undefined) return fmt(lang, W.perPoint, { amount: amount(e.deductionPerPoint, lang) });
  return undefined;
}

/** The scoring guide: what is scored, then every step of the scale ("0 poäng: … 1 poäng: …"). */
export function guideOf(e: Evaluation, lang: Lang): string {
  const steps = (e.steps ?? []).map(
    (s) => `${s.score} ${fmt(lang, s.score === 1 ? W.point : W.points)}: ${s.text[lang].trim()}`,
  );
  return [e.guide[lang].trim(), ...steps].join(' ');
}
