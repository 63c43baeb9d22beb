// The portfolio as JSON (`version` changes only when a field changes meaning): counts of people
// under five as "<5", shares as ranges in per cent rounded to one decimal.
import { countData } from './counts.js';
import type { Point, Portfolio, Series } from './portfolio.js';

const pct = (n: number, d: number): number | null => (d === 0 ? null : Math.round((1000 * n) / d) / 10);
const round = (n: number) => Math.round(n * 10) / 10;

function point(p: Point): object {
  return {
    year: p.year,
    contracts: p.contracts,
    ...(p.women ? { women: countData(p.women), men: countData(p.men!) } : {}),
    ...(p.share ? { shareWomen: { lo: round(p.share.lo), hi: round(p.share.hi) } } : {}),
    ...(p.total ? { total: p.total.lo === p.total.hi ? round(p.total.lo) : countData(p.total) } : {}),
    ...(p.met !== undefined ? { met: p.met } : {}),
  };
}

const series = (s: Series) => ({ group: s.group, points: s.points.map(point) });

export function renderPortfolioJson(p: Portfolio): string {
  const doc = {
    version: 1,
    date: p.date,
    authority: p.authority ?? null,
    contracts: { ...p.contracts, shareWithConditions: pct(p.contracts.withConditions, p.contracts.total) },
    followUp: {
      due: p.followUp.due,
      onTime: p.followUp.onTime,
      late: p.followUp.late,
      overdue: p.followUp.overdue,
      shareOnTime: pct(p.followUp.onTime, p.followUp.due),
      years: p.followUp.years.map((y) => ({ ...y, shareOnTime: pct(y.onTime, y.due) })),
    },
    targets: p.targets,
    indicators: p.indicators.map((i) => ({
      id: i.id,
      title: i.title,
      kind: i.kind,
      all: series(i.all).points,
      bySupplier: i.bySupplier.map(series),
      bySector: i.bySector.map(series),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
