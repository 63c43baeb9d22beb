// Scores an `evaluate --format json` report against the labels of a built case: per tenderer ×
// requirement, is the status the one an evaluator would write; and is every reservation found
// (in an answer, or outside every answer where the labels count one).

/** A score before any pair is counted. */
function emptyScore() {
  return {
    pairs: 0,
    right: 0,
    reservations: 0,
    missedReservations: 0,
    falseReservations: 0,
    looseExpected: 0,
    looseMissed: 0,
    tenderers: 0,
    unusableRight: 0,
    unusable: 0,
    wrong: [],
  };
}

/**
 * @param {{tenderers: Record<string, {unusable?: boolean, statuses: Record<string,string>, loose: number}>}} labels
 * @param {{tenderers: Array<{id: string, cells: Array<{ruleId: string, status: string, quote?: {text: string}}>|null,
 * looseReservations: unknown[]}>}} report
 */
export function scoreCase(labels, report) {
  const s = emptyScore();
  for (const [id, label] of Object.entries(labels.tenderers)) {
    const got = report.tenderers.find((t) => t.id === id);
    s.tenderers++;
    if (label.unusable) {
      s.unusable++;
      if (got && got.cells === null) s.unusableRight++;
      else s.wrong.push({ tenderer: id, ruleId: '*', expected: 'unusable', got: got ? 'evaluated' : 'missing' });
      continue;
    }
    for (const [ruleId, expected] of Object.entries(label.statuses)) {
      const cell = got?.cells?.find((c) => c.ruleId === ruleId);
      const status = cell?.status ?? 'missing';
      s.pairs++;
      if (expected === 'reservation') s.reservations++;
      if (status === expected) s.right++;
      else s.wrong.push({ tenderer: id, ruleId, expected, got: status, quote: cell?.quote?.text ?? '' });
      if (expected === 'reservation' && status !== 'reservation') s.missedReservations++;
      if (expected !== 'reservation' && status === 'reservation') s.falseReservations++;
    }
    s.looseExpected += label.loose ?? 0;
    s.looseMissed += Math.max(0, (label.loose ?? 0) - (got?.looseReservations.length ?? 0));
  }
  return s;
}

/** Sums the scores of several cases. */
export function total(scores) {
  const t = emptyScore();
  for (const s of scores) for (const k of Object.keys(t)) t[k] = k === 'wrong' ? [...t.wrong, ...s.wrong] : t[k] + s[k];
  return t;
}
