// How an award criterion's evaluation reads in an appendix: the points and their weight (or the
// price deduction per point), and the scoring guide with every step of the scale.
import type { Evaluation, Lang } from '../types.js';

const W = {
  sv: { weight: 'vikt {weight} %', perPoint: '{amount} kr i prisavdrag per poäng', points: (n: number) => (n === 1 ? 'poäng' : 'poäng') },
  en: { weight: 'weight {weight}%', perPoint: 'SEK {amount} price deduction per point', points: (n: number) => (n === 1 ? 'point' : 'points') },
} as const;

/** Thousands grouped as each language writes them: 20 000 kr, SEK 20,000. */
function amount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB').replace(/\u00a0/g, ' ');
}

/** The weight or the deduction per point, or undefined when the pack gives neither. */
export function weightOf(e: Evaluation, lang: Lang): string | undefined {
  if (e.weight !== undefined) return W[lang].weight.replace('{weight}', String(e.weight));
  if (e.deductionPerPoint !== undefined) return W[lang].perPoint.replace('{amount}', amount(e.deductionPerPoint, lang));
  return undefined;
}

/** The scoring guide: what is scored, then every step of the scale ("0 poäng: … 1 poäng: …"). */
export function guideOf(e: Evaluation, lang: Lang): string {
  const steps = (e.steps ?? []).map((s) => `${s.score} ${W[lang].points(s.score)}: ${s.text[lang].trim()}`);
  return [e.guide[lang].trim(), ...steps].join(' ');
}
