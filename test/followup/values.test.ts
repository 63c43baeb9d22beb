// Reported values: counts with groups under five as ranges that are never shown as numbers,
// targets judged only where every value the range allows agrees, values from free text.
import { describe, expect, it } from 'vitest';
import { countData, exact, shareRange, showCount, showShare, SUPPRESSED } from '../../src/followup/counts.js';
import { judge } from '../../src/followup/targets.js';
import { findDate, parseCount, parseHours, parseYesNo } from '../../src/followup/values.js';

const period = { label: '2025', start: '2025-01-01', end: '2025-12-31', due: '2026-01-31' };
const bySex = (w: number | '<5', m: number | '<5') => ({
  kind: 'by-sex' as const,
  women: w === '<5' ? SUPPRESSED : exact(w),
  men: m === '<5' ? SUPPRESSED : exact(m),
});

describe('counts of people', () => {
  it('read "<5" and its words as 0–4, and numbers with spaces', () => {
    for (const s of ['<5', '< 5', 'färre än fem', 'fewer than five']) expect(parseCount(s)).toEqual({ lo: 0, hi: 4 });
    expect(parseCount('1 234')).toEqual(exact(1234));
    expect(parseCount('tjugo')).toBeUndefined();
  });

  it('never show a group under five as a number, in text or data', () => {
    for (const n of [0, 1, 4]) {
      expect(showCount(exact(n))).toBe('<5');
      expect(countData(exact(n))).toBe('<5');
    }
    expect(showCount(exact(5))).toBe('5');
    expect(countData(exact(12))).toBe(12);
    expect(showCount({ lo: 10, hi: 14 })).toBe('10–14');
  });

  it('make shares ranges where a group is under five', () => {
    expect(showShare(shareRange(exact(21), exact(13)))).toBe('62 %');
    expect(showShare(shareRange(SUPPRESSED, exact(20)))).toBe('0–17 %');
  });
});

describe('targets', () => {
  it('are met, missed or open', () => {
    expect(judge({ minShare: 40 }, bySex(5, 6), period, () => undefined)).toBe('met');
    expect(judge({ minShare: 40 }, bySex('<5', 9), period, () => undefined)).toBe('missed');
    expect(judge({ minShare: 40 }, bySex(6, '<5'), period, () => undefined)).toBe('open');
    expect(judge({ allOf: 'staff' }, bySex(20, 10), period, () => bySex(21, 10))).toBe('missed');
    expect(judge({ inPeriod: true }, { kind: 'date', value: '2026-01-15' }, period, () => undefined)).toBe('met');
    expect(judge({ inPeriod: true }, { kind: 'date', value: '2024-11-30' }, period, () => undefined)).toBe('missed');
    expect(judge({ yes: true }, { kind: 'yes-no', value: false }, period, () => undefined)).toBe('missed');
  });
});

describe('values in text', () => {
  it('read dates, hours and yes or no as suppliers write them', () => {
    expect(findDate('klar den 14 mars 2025.')).toBe('2025-03-14');
    expect(findDate('completed on March 4, 2025')).toBe('2025-03-04');
    expect(findDate('2025-02-30')).toBeUndefined();
    expect(parseHours('12,5')).toBe(12.5);
    expect(parseHours('8 timmar')).toBe(8);
    expect(parseYesNo('Ja')).toBe(true);
    expect(parseYesNo('saknas')).toBe(false);
    expect(parseYesNo('kanske')).toBeUndefined();
  });
});
