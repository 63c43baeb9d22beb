// The committee's scores computed with the tender's own model, every step written out: weighted
// points (score / max × weight), price deductions (score × SEK per point) and, where prices are
// given, the comparison price and its rank. The tool never scores; it only does the arithmetic.
import { moreProblems, ProblemsError, type PlacedProblem } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { plain, points as pts, sek } from './numbers.js';
import type { ScoreSheet } from './scores-read.js';
import type { Requirement, ScoreLine, ScoreResult, Tender, TendererResult, TendererScore } from './types.js';

const M = {
  unknownTenderer: {
    sv: 'anbudsgivaren "{name}" finns inte bland anbuden (finns: {known})',
    en: 'the tenderer "{name}" is not among the bids (there are: {known})',
  },
  ambiguous: {
    sv: '"{name}" kan vara flera anbudsgivare ({ids}): använd mappens namn',
    en: '"{name}" could be several tenderers ({ids}): use the folder name',
  },
  unknownCriterion: {
    sv: '{id} är inget utvärderingskriterium i bilagan (finns: {known})',
    en: '{id} is no award criterion of the appendix (there are: {known})',
  },
  range: {
    sv: 'poängen {score} för {id} ligger utanför skalan 0–{max}',
    en: 'the score {score} for {id} is outside the scale 0–{max}',
  },
  step: {
    sv: 'poängen {score} för {id} är inget steg i bedömningsgrunden ({steps})',
    en: 'the score {score} for {id} is no step of the scoring guide ({steps})',
  },
  priceWeight: {
    sv:
      'bilagan har viktade kriterier och filen ger priser: ange prisets vikt (priceWeight i YAML, eller ' +
      '--price-weight)',
    en:
      'the appendix has weighted criteria and the file gives prices: give the weight of the price (priceWeight in ' +
      'YAML, or --price-weight)',
  },
  noCriteria: {
    sv: 'bilagan har inga utvärderingskriterier att poängsätta',
    en: 'the appendix has no award criteria to score',
  },
} satisfies Record<string, Text>;

const W = {
  weighted: {
    sv: '{label}: {score} / {max} × {weight} = {points} poäng',
    en: '{label}: {score} / {max} × {weight} = {points} points',
  },
  deducted: {
    sv: '{label}: {score} × {per} = {amount} i prisavdrag',
    en: '{label}: {score} × {per} = {amount} price deduction',
  },
  sekDeducted: { sv: '{label}: {amount} i prisavdrag', en: '{label}: {amount} price deduction' },
  unweighted: { sv: '{label}: {score} poäng (utan vikt)', en: '{label}: {score} points (no weight)' },
  quality: { sv: 'Summa kvalitetspoäng: {sum} poäng', en: 'Quality points: {sum} points' },
  comparison: {
    sv: 'Jämförelsepris: {price} − {deductions} = {comparison}',
    en: 'Comparison price: {price} − {deductions} = {comparison}',
  },
  pricePoints: {
    sv: 'Prispoäng: {weight} × {lowest} / {comparison} = {points} poäng',
    en: 'Price points: {weight} × {lowest} / {comparison} = {points} points',
  },
  total: { sv: 'Totalt: {quality} + {price} = {total} poäng', en: 'Total: {quality} + {price} = {total} points' },
  deductions: { sv: 'Summa prisavdrag: {sum}', en: 'Total price deduction: {sum}' },
} satisfies Record<string, Text>;

/** Equal within rounding: ties share a rank rather than being broken by floating-point noise. */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The tenderer a name in the file stands for: its folder id, or the name on its form; never a partial match. */
function resolveTenderer(name: string, tenderers: readonly TendererResult[]): TendererResult[] {
  const key = name.trim().toLowerCase();
  const byId = tenderers.filter((t) => t.id.toLowerCase() === key);
  return byId.length > 0 ? byId : tenderers.filter((t) => t.name.toLowerCase() === key);
}

/** One criterion's line. */
function lineOf(r: Requirement, score: number, reason: string | null, lang: Lang): ScoreLine {
  const m = r.evaluation!;
  const base = { ruleId: r.ruleId, score, max: m.max, reason };
  const label = r.label;
  if (m.weightPercent !== null) {
    const p = (score / m.max) * m.weightPercent;
    return {
      ...base,
      points: p,
      deduction: null,
      arithmetic: fmt(lang, W.weighted, {
        label,
        score: plain(score, lang),
        max: plain(m.max, lang),
        weight: plain(m.weightPercent, lang),
        points: pts(p, lang),
      }),
    };
  }
  if (m.deductionPerPoint !== null) {
    const d = score * m.deductionPerPoint;
    return {
      ...base,
      points: null,
      deduction: d,
      arithmetic: fmt(lang, W.deducted, {
        label,
        score: plain(score, lang),
        per: sek(m.deductionPerPoint, lang),
        amount: sek(d, lang),
      }),
    };
  }
  if (m.method === 'price-deduction')
    return {
      ...base,
      points: null,
      deduction: score,
      arithmetic: fmt(lang, W.sekDeducted, { label, amount: sek(score, lang) }),
    };
  return {
    ...base,
    points: score,
    deduction: null,
    arithmetic: fmt(lang, W.unweighted, { label, score: plain(score, lang) }),
  };
}

/** Ranks in order of `better`, ties sharing a rank (1, 1, 3). */
function rank(items: TendererScore[], value: (t: TendererScore) => number, higherWins: boolean): void {
  const sorted = [...items].sort(
    (a, b) => (higherWins ? value(b) - value(a) : value(a) - value(b)) || (a.id < b.id ? -1 : 1),
  );
  sorted.forEach((t, i) => {
    const prev = sorted[i - 1];
    t.rank = prev && same(value(prev), value(t)) ? prev.rank : i + 1;
  });
}

/**
 * Computes the result. `priceWeight` (from --price-weight) wins over the file's. @throws
 * ProblemsError naming each line that cannot be used (an unknown tenderer or criterion, a score
 * off the scale)
 */
export function computeScores(
  sheet: ScoreSheet,
  tender: Tender,
  tenderers: readonly TendererResult[],
  lang: Lang,
  priceWeightFlag?: number,
): ScoreResult {
  const criteria = tender.requirements.filter((r) => r.kind === 'award-criterion' && r.evaluation);
  const problems: PlacedProblem[] = [];
  const at = (line: number, message: string) => problems.push({ file: sheet.file, pos: { line, col: 1 }, message });
  if (criteria.length === 0) at(1, fmt(lang, M.noCriteria));
  const known = tenderers.map((t) => t.id).join(', ');
  const byTenderer = new Map<string, TendererScore>();
  for (const [name, given] of sheet.tenderers) {
    const matches = resolveTenderer(name, tenderers);
    if (matches.length === 0) at(given.line, fmt(lang, M.unknownTenderer, { name, known }));
    if (matches.length > 1) at(given.line, fmt(lang, M.ambiguous, { name, ids: matches.map((t) => t.id).join(', ') }));
    if (matches.length !== 1) continue;
    const t = matches[0]!;
    const lines: ScoreLine[] = [];
    for (const [id, s] of given.scores) {
      const r = criteria.find((c) => c.ruleId === id);
      if (!r) {
        at(s.line, fmt(lang, M.unknownCriterion, { id, known: criteria.map((c) => c.ruleId).join(', ') }));
        continue;
      }
      const m = r.evaluation!;
      const limit = m.method === 'price-deduction' && m.deductionPerPoint === null ? m.max : m.max;
      if (s.score < 0 || s.score > limit)
        at(s.line, fmt(lang, M.range, { score: plain(s.score, lang), id, max: plain(limit, lang) }));
      else if (m.steps.length > 0 && !m.steps.some((st) => same(st.score, s.score))) {
        at(
          s.line,
          fmt(lang, M.step, {
            score: plain(s.score, lang),
            id,
            steps: m.steps.map((st) => plain(st.score, lang)).join(', '),
          }),
        );
      } else lines.push(lineOf(r, s.score, s.reason, lang));
    }
    lines.sort(
      (a, b) => criteria.findIndex((c) => c.ruleId === a.ruleId) - criteria.findIndex((c) => c.ruleId === b.ruleId),
    );
    byTenderer.set(t.id, {
      id: t.id,
      lines,
      qualityPoints: lines.reduce((s, l) => s + (l.points ?? 0), 0),
      price: given.price,
      deductions: lines.reduce((s, l) => s + (l.deduction ?? 0), 0),
      comparisonPrice: null,
      pricePoints: null,
      total: null,
      rank: null,
      missing: criteria.filter((c) => !lines.some((l) => l.ruleId === c.ruleId)).map((c) => c.ruleId),
      arithmetic: lines.map((l) => l.arithmetic),
    });
  }
  const scored = [...byTenderer.values()];
  const weighted = criteria.some((c) => c.evaluation!.weightPercent !== null);
  const withPrices = scored.length > 0 && scored.every((s) => s.price !== null);
  const priceWeight = priceWeightFlag ?? sheet.priceWeight;
  if (weighted && withPrices && priceWeight === null) at(1, fmt(lang, M.priceWeight));
  if (problems.length > 0) throw new ProblemsError(problems, moreProblems(lang));

  for (const s of scored) {
    if (weighted) s.arithmetic.push(fmt(lang, W.quality, { sum: pts(s.qualityPoints, lang) }));
    if (s.deductions > 0 || (!weighted && criteria.length > 0))
      s.arithmetic.push(fmt(lang, W.deductions, { sum: sek(s.deductions, lang) }));
    if (s.price !== null) {
      s.comparisonPrice = s.price - s.deductions;
      s.arithmetic.push(
        fmt(lang, W.comparison, {
          price: sek(s.price, lang),
          deductions: sek(s.deductions, lang),
          comparison: sek(s.comparisonPrice, lang),
        }),
      );
    }
  }
  const complete = scored.filter((s) => s.missing.length === 0);
  let rankBy: ScoreResult['rankBy'];
  if (weighted) {
    rankBy = 'points';
    if (withPrices && priceWeight !== null) {
      const lowest = Math.min(...complete.map((s) => s.comparisonPrice!));
      for (const s of scored) {
        s.pricePoints = s.comparisonPrice! > 0 ? (priceWeight * lowest) / s.comparisonPrice! : 0;
        s.total = s.qualityPoints + s.pricePoints;
        s.arithmetic.push(
          fmt(lang, W.pricePoints, {
            weight: plain(priceWeight, lang),
            lowest: sek(lowest, lang),
            comparison: sek(s.comparisonPrice!, lang),
            points: pts(s.pricePoints, lang),
          }),
        );
        s.arithmetic.push(
          fmt(lang, W.total, {
            quality: pts(s.qualityPoints, lang),
            price: pts(s.pricePoints, lang),
            total: pts(s.total, lang),
          }),
        );
      }
    } else for (const s of scored) s.total = s.qualityPoints;
    rank(complete, (s) => s.total!, true);
  } else if (withPrices) {
    rankBy = 'comparison-price';
    rank(complete, (s) => s.comparisonPrice!, false);
  } else {
    rankBy = 'deductions';
    rank(complete, (s) => s.deductions, true);
  }
  // In the order of the bids, so every output lists tenderers alike.
  const order = tenderers.map((t) => t.id);
  scored.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return { file: sheet.file, rankBy, priceWeight: weighted && withPrices ? priceWeight : null, tenderers: scored };
}
