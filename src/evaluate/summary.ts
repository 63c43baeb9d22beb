// Counts and the exit code: 0 when every bid answers every mandatory requirement without
// reservation, 1 when one does not, 2 when some input could not be used (as everywhere in jamkrav).
import { STATUSES, type EvaluationResult, type Status } from './types.js';

export interface EvaluationSummary {
  tenderers: number;
  /** Tenderers whose bid could be evaluated. */
  evaluated: number;
  pairs: number;
  byStatus: Record<Status, number>;
  /** Mandatory requirements not met (not answered, reservation, attachment missing), over all bids. */
  failing: number;
  reservations: number;
  problems: number;
}

const FAILING: ReadonlySet<Status> = new Set(['not-answered', 'reservation', 'attachment-missing']);

export function summaryOf(r: EvaluationResult): EvaluationSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let failing = 0;
  let pairs = 0;
  let reservations = 0;
  for (const t of r.tenderers) {
    reservations += t.looseReservations.length;
    for (const [i, c] of (t.cells ?? []).entries()) {
      pairs++;
      byStatus[c.status]++;
      if (c.status === 'reservation') reservations++;
      if (FAILING.has(c.status) && (r.tender.requirements[i]!.mandatory || c.status === 'reservation')) failing++;
    }
  }
  const problems = r.problems.length + r.tenderers.reduce((n, t) => n + t.problems.length, 0);
  return {
    tenderers: r.tenderers.length,
    evaluated: r.tenderers.filter((t) => t.cells).length,
    pairs,
    byStatus,
    failing,
    reservations,
    problems,
  };
}

/** 2: some input unusable; 1: a mandatory requirement unmet or a reservation anywhere; else 0. */
export function exitCodeOf(r: EvaluationResult): 0 | 1 | 2 {
  const s = summaryOf(r);
  if (s.problems > 0) return 2;
  return s.failing > 0 || s.reservations > 0 ? 1 : 0;
}
