// The report's only script: filters by pack, kind and status. Plain DOM, no framework, no network.

/**
 * The script's source, inlined into the page and allowed by its hash in the CSP. It only hides
 * and shows what the server already rendered, so the page is complete without it.
 */
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const form = document.getElementById('filters');
  const table = document.getElementById('matrix');
  if (!form || !table || !table.tHead || !table.tBodies[0]) return;
  form.hidden = false;
  const heads = Array.from(table.tHead.rows[0].querySelectorAll('th[data-col]'));
  const rows = Array.from(table.tBodies[0].rows);
  const foot = table.tFoot ? table.tFoot.rows[0] : null;
  const ruleRows = Array.from(document.querySelectorAll('table.rules tbody tr'));
  const shown = document.getElementById('shown');
  const none = document.getElementById('no-columns');
  const QUALITY = ['language', 'weak'];
  const fits = (el, pack, kind) => (!pack || el.dataset.pack === pack) && (!kind || el.dataset.kind === kind);

  function apply() {
    const pack = form.elements.namedItem('pack').value;
    const kind = form.elements.namedItem('kind').value;
    const on = new Set(Array.from(form.querySelectorAll('input[name=status]:checked'), (i) => i.value));
    const vis = heads.map((h) => fits(h, pack, kind));
    const cols = vis.filter(Boolean).length;
    heads.forEach((h, j) => { h.hidden = !vis[j]; });
    if (foot) vis.forEach((v, j) => { foot.cells[j + 1].hidden = !v; });
    ruleRows.forEach((r) => { r.hidden = !fits(r, pack, kind); });
    let count = 0;
    for (const tr of rows) {
      if (tr.dataset.s === 'unreadable') {
        tr.cells[1].colSpan = Math.max(cols, 1);
        tr.hidden = !on.has('unreadable');
        if (!tr.hidden) count++;
        continue;
      }
      // Writing-quality findings have no column: a row shows for them by its own counts.
      let any = QUALITY.some((q) => on.has(q) && Number(tr.dataset[q]) > 0);
      let covered = 0, missing = 0, suppressed = 0;
      vis.forEach((v, j) => {
        const td = tr.cells[j + 1];
        td.hidden = !v;
        if (!v) return;
        const s = td.dataset.s;
        const match = on.has(s);
        td.classList.toggle('dim', !match);
        any = any || match;
        if (s === 'covered') covered++;
        else if (s === 'suppressed') suppressed++;
        else if (s !== 'off') missing++;
      });
      for (const td of tr.querySelectorAll('td[data-q]')) td.classList.toggle('dim', !on.has(td.dataset.q));
      tr.querySelector('td.n-covered').textContent = String(covered);
      tr.querySelector('td.n-missing').textContent = String(missing);
      tr.querySelector('td.n-suppressed').textContent = String(suppressed);
      tr.hidden = !any;
      if (any) count++;
    }
    if (none) none.hidden = cols > 0;
    if (shown) {
      const values = { rows: count, allRows: rows.length, cols, allCols: heads.length };
      shown.textContent = shown.dataset.template.replace(/\\{(\\w+)\\}/g, (all, k) =>
        k in values ? String(values[k]) : all,
      );
    }
  }

  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  // 'reset' fires before the controls take their defaults back.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  apply();
})();`;
