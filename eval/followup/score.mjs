// Scores a `jamkrav followup check --format json` report against the labelled set's labels:
// every period's status (due, in on time, in late, overdue), every indicator left out of a
// report, every value read, and every target labelled missed or met.

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The figures for one report folder: counts found of counts labelled, and the misses by name. */
export function scoreCheck(report, labels) {
  const s = {
    periods: { right: 0, total: 0 },
    overdue: { found: 0, total: 0 },
    late: { found: 0, total: 0 },
    missing: { found: 0, total: 0, extra: 0 },
    values: { right: 0, total: 0 },
    targets: { right: 0, total: 0, missed: 0, missedFound: 0 },
    misses: [],
  };
  const byId = new Map(report.contracts.map((c) => [c.id, c]));
  for (const lc of labels.contracts) {
    const c = byId.get(lc.id);
    for (const lp of lc.periods) {
      const p = c?.periods.find((x) => x.period === lp.period);
      const where = `${lc.id} ${lp.period}`;
      s.periods.total++;
      if (p?.status === lp.status) s.periods.right++;
      else s.misses.push(`${where}: status ${p?.status ?? 'absent'}, labelled ${lp.status}`);
      if (lp.status === 'overdue') {
        s.overdue.total++;
        if (p?.status === 'overdue') s.overdue.found++;
      }
      if (lp.status === 'late') {
        s.late.total++;
        if (p?.status === 'late') s.late.found++;
      }
      if (lp.status !== 'in' && lp.status !== 'late') continue;
      const got = new Map((p?.indicators ?? []).map((i) => [i.id, i]));
      for (const id of lp.missing) {
        s.missing.total++;
        if (got.get(id)?.status === 'missing') s.missing.found++;
        else s.misses.push(`${where}: ${id} labelled missing, read ${JSON.stringify(got.get(id)?.value ?? null)}`);
      }
      for (const [id, value] of Object.entries(lp.values)) {
        s.values.total++;
        const i = got.get(id);
        if (i?.status === 'missing') s.missing.extra++;
        if (i && same(i.value, value)) s.values.right++;
        else
          s.misses.push(
            `${where}: ${id} read ${JSON.stringify(i?.value ?? null)} (${i?.status ?? 'absent'}), labelled ` +
              `${JSON.stringify(value)}`,
          );
      }
      for (const [id, status] of Object.entries(lp.targets ?? {})) {
        s.targets.total++;
        if (status === 'missed') s.targets.missed++;
        const t = got.get(id)?.targetStatus;
        if (t === status) {
          s.targets.right++;
          if (status === 'missed') s.targets.missedFound++;
        } else s.misses.push(`${where}: ${id} target ${t ?? 'none'}, labelled ${status}`);
      }
    }
  }
  return s;
}

export const pct = (n, d) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
