// `followup check`: for every contract and report period, whether the report is due, in (on time
// or late) or overdue; which indicators it gives or lacks; each value against its target and last
// year's; and what the contract says happens now. Everything is relative to one date.
import { daysBetween } from './dates.js';
import { consequencesFor, type DueStep } from './consequences.js';
import { askedIndicators, type AskedIndicator } from './indicators.js';
import { fieldsOf, reportKey } from './report-keys.js';
import type { ReportFile } from './reports.js';
import { periodsOf, type Period } from './schedule.js';
import { judge, type TargetStatus } from './targets.js';
import type { Text } from '../types.js';
import type { Contract, Failure, IndicatorSet, Target } from './types.js';
import { parseCount, parseSingle, type Value } from './values.js';

export type PeriodStatus = 'running' | 'upcoming' | 'in' | 'late' | 'overdue';

export interface IndicatorResult {
  id: string;
  asked: AskedIndicator;
  /** Reported (and readable), missing, or given but not readable. */
  status: 'reported' | 'missing' | 'unreadable';
  value?: Value;
  /** The raw text of each field that was given. */
  raw: Record<string, string>;
  target?: Target;
  /** The title of the indicator the target's `allOf` names, to say it in words. */
  allOfTitle?: Text;
  targetStatus?: TargetStatus;
  previous?: Value;
  foundBy?: string;
}

export interface PeriodResult {
  period: Period;
  status: PeriodStatus;
  report?: ReportFile;
  /** Days past due: for an overdue report till the check's date, for a late one till it came. */
  daysLate?: number;
  indicators: IndicatorResult[];
  failures: Failure[];
  consequences: DueStep[];
  /** The date a rectification counted from a notice sent on the check's date would be due. */
  noticeDate: string;
}

export interface ContractResult {
  contract: Contract;
  asked: AskedIndicator[];
  periods: PeriodResult[];
}

export interface Unplaced {
  file: string;
  reason: 'contract' | 'period' | 'duplicate' | 'no-period';
  /** The report that counts instead (duplicate), or the period named (no-period). */
  detail?: string;
}

export interface CheckResult {
  date: string;
  contracts: ContractResult[];
  /** Reports that fit no contract or period, or repeat one. */
  unplaced: Unplaced[];
  /** Contracts or files that could not be used at all: one line each. */
  problems: string[];
}

/** Reads one indicator's fields from a report's raw values. */
function readIndicator(
  a: AskedIndicator,
  values: ReadonlyMap<string, string>,
): Pick<IndicatorResult, 'status' | 'value' | 'raw'> {
  const raw: Record<string, string> = {};
  for (const f of fieldsOf(a.def.kind)) {
    const v = values.get(reportKey(a.def.id, f));
    if (v !== undefined) raw[f] = v;
  }
  const given = Object.keys(raw).length;
  if (given < fieldsOf(a.def.kind).length) return { status: 'missing', raw };
  if (a.def.kind === 'by-sex') {
    const women = parseCount(raw.women!);
    const men = parseCount(raw.men!);
    return women && men
      ? { status: 'reported', value: { kind: 'by-sex', women, men }, raw }
      : { status: 'unreadable', raw };
  }
  const value = parseSingle(a.def.kind, raw.value!);
  return value ? { status: 'reported', value, raw } : { status: 'unreadable', raw };
}

/** The status of a period's report on `date`. */
function statusOf(
  p: Period,
  report: ReportFile | undefined,
  date: string,
): { status: PeriodStatus; daysLate?: number } {
  if (report?.submitted !== undefined && report.submitted <= date) {
    const late = daysBetween(p.due, report.submitted);
    return late > 0 ? { status: 'late', daysLate: late } : { status: 'in' };
  }
  if (date > p.due) return { status: 'overdue', daysLate: daysBetween(p.due, date) };
  return { status: date > p.end ? 'upcoming' : 'running' };
}

/**
 * Checks the contracts against the reports on `date`. A report counts from the day it was sent:
 * one dated after `date` is not in yet, so a check of an earlier date gives what it gave then.
 */
export function checkContracts(
  contracts: readonly Contract[],
  reports: readonly ReportFile[],
  set: IndicatorSet,
  date: string,
): CheckResult {
  const unplaced: Unplaced[] = [];
  const byContract = new Map<string, Map<string, ReportFile>>();
  const ids = new Set(contracts.map((c) => c.entry.id));
  for (const r of reports) {
    if (r.contract === undefined || !ids.has(r.contract)) {
      unplaced.push({ file: r.file, reason: 'contract' });
      continue;
    }
    if (r.period === undefined) {
      unplaced.push({ file: r.file, reason: 'period' });
      continue;
    }
    const periods = byContract.get(r.contract) ?? new Map<string, ReportFile>();
    byContract.set(r.contract, periods);
    const other = periods.get(r.period);
    if (other) {
      // Two reports for one period: the earlier sent counts, the other is named.
      const [keep, drop] = (other.submitted ?? '') <= (r.submitted ?? '') ? [other, r] : [r, other];
      periods.set(r.period, keep);
      unplaced.push({ file: drop.file, reason: 'duplicate', detail: keep.file });
    } else periods.set(r.period, r);
  }

  const results: ContractResult[] = [];
  for (const contract of contracts) {
    const entry = contract.entry;
    if (!entry.conditions) {
      results.push({ contract, asked: [], periods: [] });
      continue;
    }
    const asked = askedIndicators(set, contract.rules, entry.targets);
    const mine = byContract.get(entry.id) ?? new Map<string, ReportFile>();
    const periods: PeriodResult[] = [];
    let previous: IndicatorResult[] | undefined;
    const all = periodsOf(entry);
    const labels = new Set(all.map((p) => p.label));
    for (const [label, r] of mine)
      if (!labels.has(label)) unplaced.push({ file: r.file, reason: 'no-period', detail: label });
    for (const p of all) {
      if (p.start > date) break;
      const report = mine.get(p.label);
      const { status, daysLate } = statusOf(p, report, date);
      const inHand = status === 'in' || status === 'late' ? report : undefined;
      const values = inHand?.values ?? new Map<string, string>();
      const indicators: IndicatorResult[] = asked.map((a) => {
        const read = inHand ? readIndicator(a, values) : { status: 'missing' as const, raw: {} };
        const prev = previous?.find((x) => x.id === a.def.id)?.value;
        const foundBy = inHand?.foundBy.get(reportKey(a.def.id, fieldsOf(a.def.kind)[0]!));
        const allOf =
          a.target?.allOf !== undefined ? set.indicators.find((d) => d.id === a.target!.allOf)?.title : undefined;
        return {
          id: a.def.id,
          asked: a,
          ...read,
          ...(a.target ? { target: a.target } : {}),
          ...(allOf ? { allOfTitle: allOf } : {}),
          ...(prev ? { previous: prev } : {}),
          ...(foundBy ? { foundBy } : {}),
        };
      });
      const valueOfIndicator = (id: string) => indicators.find((i) => i.id === id)?.value;
      for (const i of indicators)
        if (i.target && i.value) i.targetStatus = judge(i.target, i.value, p, valueOfIndicator);
      const failures = new Set<Failure>();
      if (status === 'overdue') failures.add('overdue');
      if (inHand && indicators.some((i) => i.status !== 'reported')) failures.add('missing');
      if (indicators.some((i) => i.targetStatus === 'missed')) failures.add('target');
      periods.push({
        period: p,
        status,
        ...(report && inHand ? { report } : {}),
        ...(daysLate !== undefined ? { daysLate } : {}),
        indicators,
        failures: (['overdue', 'missing', 'target'] as const).filter((f) => failures.has(f)),
        consequences: consequencesFor(set, contract.rules, failures),
        noticeDate: date,
      });
      if (inHand) previous = indicators;
    }
    results.push({ contract, asked, periods });
  }
  return { date, contracts: results, unplaced, problems: [] };
}

/** Whether the check found something overdue or missing (exit code 1). */
export function hasShortfall(r: CheckResult): boolean {
  return r.contracts.some((c) =>
    c.periods.some((p) => p.failures.includes('overdue') || p.failures.includes('missing')),
  );
}
