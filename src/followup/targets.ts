// A reported value against its target, with the groups under five read as ranges: a target is
// met or missed only when every value the range allows agrees; otherwise it is open.
import { shareRange, type Count } from './counts.js';
import type { Period } from './schedule.js';
import type { Target } from './types.js';
import type { Value } from './values.js';

export type TargetStatus = 'met' | 'missed' | 'open';

/** The total a value stands for (women + men, or the count), as a range; undefined for dates and yes/no. */
export function totalOf(v: Value): Count | undefined {
  if (v.kind === 'by-sex') return { lo: v.women.lo + v.men.lo, hi: v.women.hi + v.men.hi };
  if (v.kind === 'count') return v.value;
  if (v.kind === 'hours') return { lo: v.value, hi: v.value };
  return undefined;
}

function atLeast(range: { lo: number; hi: number }, min: number): TargetStatus {
  return range.lo >= min ? 'met' : range.hi < min ? 'missed' : 'open';
}

/** Judges a value against a target; `other` gives the value of an indicator `allOf` names. */
export function judge(
  target: Target,
  value: Value,
  period: Period,
  other: (id: string) => Value | undefined,
): TargetStatus {
  const verdicts: TargetStatus[] = [];
  if (target.minShare !== undefined && value.kind === 'by-sex') {
    const share = shareRange(value.women, value.men);
    if (!share) verdicts.push('open');
    else {
      const low = target.minShare;
      const high = 100 - target.minShare;
      verdicts.push(
        share.lo >= low && share.hi <= high ? 'met' : share.hi < low || share.lo > high ? 'missed' : 'open',
      );
    }
  }
  const total = totalOf(value);
  if (target.min !== undefined && total) verdicts.push(atLeast(total, target.min));
  if (target.max !== undefined && total)
    verdicts.push(total.hi <= target.max ? 'met' : total.lo > target.max ? 'missed' : 'open');
  if (target.allOf !== undefined && total) {
    const o = other(target.allOf);
    const ot = o && totalOf(o);
    verdicts.push(!ot ? 'open' : total.lo >= ot.hi ? 'met' : total.hi < ot.lo ? 'missed' : 'open');
  }
  if (target.inPeriod && value.kind === 'date')
    verdicts.push(value.value >= period.start && value.value <= period.due ? 'met' : 'missed');
  if (target.yes && value.kind === 'yes-no') verdicts.push(value.value ? 'met' : 'missed');
  if (verdicts.includes('missed')) return 'missed';
  if (verdicts.length === 0 || verdicts.includes('open')) return 'open';
  return 'met';
}
