// The portfolio across all contracts, as data: the share of contracts with equality conditions,
// the share of due reports in on time (per year), targets met, and each indicator over the years
// for all contracts, per supplier and per sector: the figures an equality committee asks for, in
// the shape EIGE suggests for reporting on gender-responsive procurement. Counts stay ranges
// (counts.ts) until shown, so a group under five never becomes a number.
import type { CheckResult } from './check.js';
import { addCounts, exact, shareRange, type Count } from './counts.js';
import type { Text } from '../types.js';
import type { IndicatorKind } from './types.js';

export interface YearFollowUp {
  year: string;
  due: number;
  onTime: number;
  late: number;
  overdue: number;
}

/** One indicator's values for one year and group, summed over its contracts. */
export interface Point {
  year: string;
  contracts: number;
  women?: Count;
  men?: Count;
  total?: Count;
  /** Women's share in per cent, as a range (by-sex only). */
  share?: { lo: number; hi: number };
  /** For dates and yes/no: contracts whose target was met. */
  met?: number;
}

export interface Series {
  group: string;
  points: Point[];
}

export interface IndicatorSeries {
  id: string;
  title: Text;
  kind: IndicatorKind;
  all: Series;
  bySupplier: Series[];
  bySector: Series[];
}

export interface Portfolio {
  date: string;
  authority?: string;
  contracts: { total: number; withConditions: number };
  followUp: { due: number; onTime: number; late: number; overdue: number; years: YearFollowUp[] };
  targets: { met: number; missed: number; open: number };
  indicators: IndicatorSeries[];
}

const byKey = <T>(m: Map<string, T>): Array<[string, T]> =>
  [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

export function buildPortfolio(r: CheckResult, authority: string | undefined, unknownSector: string): Portfolio {
  const years = new Map<string, YearFollowUp>();
  const targets = { met: 0, missed: 0, open: 0 };
  // indicator → group kind → group → year → point
  const acc = new Map<
    string,
    { title: Text; kind: IndicatorKind; groups: Map<string, Map<string, Map<string, Point>>> }
  >();
  const add = (
    id: string,
    title: Text,
    kind: IndicatorKind,
    groupKind: string,
    group: string,
    year: string,
    f: (p: Point) => void,
  ) => {
    let ind = acc.get(id);
    if (!ind) acc.set(id, (ind = { title, kind, groups: new Map() }));
    let gk = ind.groups.get(groupKind);
    if (!gk) ind.groups.set(groupKind, (gk = new Map()));
    let g = gk.get(group);
    if (!g) gk.set(group, (g = new Map()));
    let p = g.get(year);
    if (!p) g.set(year, (p = { year, contracts: 0 }));
    f(p);
  };
  for (const c of r.contracts) {
    const e = c.contract.entry;
    for (const p of c.periods) {
      if (p.status === 'running' || p.status === 'upcoming') continue;
      let y = years.get(p.period.label);
      if (!y) years.set(p.period.label, (y = { year: p.period.label, due: 0, onTime: 0, late: 0, overdue: 0 }));
      y.due++;
      if (p.status === 'in') y.onTime++;
      else if (p.status === 'late') y.late++;
      else y.overdue++;
      for (const i of p.indicators) {
        if (i.targetStatus) targets[i.targetStatus]++;
        const v = i.value;
        if (!v) continue;
        const def = i.asked.def;
        const put = (pt: Point) => {
          pt.contracts++;
          if (v.kind === 'by-sex') {
            pt.women = addCounts(pt.women ?? exact(0), v.women);
            pt.men = addCounts(pt.men ?? exact(0), v.men);
            pt.share = shareRange(pt.women, pt.men);
          } else if (v.kind === 'count') pt.total = addCounts(pt.total ?? exact(0), v.value);
          else if (v.kind === 'hours') pt.total = addCounts(pt.total ?? exact(0), exact(v.value));
          else if (i.targetStatus === 'met' || (v.kind === 'yes-no' && v.value)) pt.met = (pt.met ?? 0) + 1;
        };
        add(def.id, def.title, def.kind, 'all', '', p.period.label, put);
        add(def.id, def.title, def.kind, 'supplier', e.supplier, p.period.label, put);
        add(def.id, def.title, def.kind, 'sector', e.sector ?? unknownSector, p.period.label, put);
      }
    }
  }
  const series = (m: Map<string, Map<string, Point>> | undefined): Series[] =>
    byKey(m ?? new Map<string, Map<string, Point>>()).map(([group, points]) => ({
      group,
      points: byKey(points).map(([, p]) => p),
    }));
  const indicators: IndicatorSeries[] = [...acc.entries()].map(([id, ind]) => ({
    id,
    title: ind.title,
    kind: ind.kind,
    all: series(ind.groups.get('all'))[0] ?? { group: '', points: [] },
    bySupplier: series(ind.groups.get('supplier')),
    bySector: series(ind.groups.get('sector')),
  }));
  const ys = byKey(years).map(([, y]) => y);
  const sum = (k: keyof Omit<YearFollowUp, 'year'>) => ys.reduce((n, y) => n + y[k], 0);
  return {
    date: r.date,
    ...(authority ? { authority } : {}),
    contracts: {
      total: r.contracts.length,
      withConditions: r.contracts.filter((c) => c.contract.entry.conditions).length,
    },
    followUp: { due: sum('due'), onTime: sum('onTime'), late: sum('late'), overdue: sum('overdue'), years: ys },
    targets,
    indicators,
  };
}
