// Reported counts of people, kept as ranges: a supplier reports a group under five as "<5"
// (the clauses forbid smaller groups), so a count may be known only as 0–4, and sums and shares
// built on it are ranges too. Anything shown to a reader passes through `showCount`, which never
// prints a group under five.

/** A count known to lie in [lo, hi]; exact when lo === hi. */
export interface Count {
  lo: number;
  hi: number;
}

/** Groups smaller than this are never shown as a number. */
export const SMALL_GROUP = 5;

export const exact = (n: number): Count => ({ lo: n, hi: n });
export const SUPPRESSED: Count = { lo: 0, hi: SMALL_GROUP - 1 };

export function addCounts(a: Count, b: Count): Count {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

/** What a reader may see: "<5" for a group that may be under five, else the number (or its range). */
export function showCount(c: Count): string {
  if (c.hi < SMALL_GROUP) return '<5';
  if (c.lo < SMALL_GROUP) return `<${c.hi + 1}`;
  return c.lo === c.hi ? String(c.lo) : `${c.lo}–${c.hi}`;
}

/** The count as data for JSON: a number only when it is exact and five or more. */
export function countData(c: Count): number | string {
  return c.lo === c.hi && c.lo >= SMALL_GROUP ? c.lo : showCount(c);
}

/** Women's share of women + men in per cent, as a range; undefined when both may be zero. */
export function shareRange(women: Count, men: Count): { lo: number; hi: number } | undefined {
  if (women.hi + men.hi === 0) return undefined;
  const lo = women.lo + men.hi === 0 ? 0 : (100 * women.lo) / (women.lo + men.hi);
  const hi = women.hi + men.lo === 0 ? 100 : (100 * women.hi) / (women.hi + men.lo);
  return { lo, hi };
}

/** "42 %", or "38–45 %" when the groups under five leave it open. */
export function showShare(r: { lo: number; hi: number } | undefined): string {
  if (!r) return '–';
  const lo = Math.round(r.lo);
  const hi = Math.round(r.hi);
  return lo === hi ? `${lo} %` : `${lo}–${hi} %`;
}
