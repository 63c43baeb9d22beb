// The evaluation matrix's stylesheet and script, inlined and allowed by their hashes in the CSP.

export const EVALUATE_STYLES = `
:root { --ink: #1c2430; --muted: #59626f; --line: #d6dbe2; --bg: #f4f6f9; --accent: #1f3a5f;
  --ok-bg: #d3eedb; --ok: #0f5226; --ans-bg: #d3e4f8; --ans: #103d75; --att-bg: #fbe0a0; --att: #573900;
  --no-bg: #fde8e6; --no: #8a1c14; --res-bg: #b3261e; --res: #ffffff; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  color: var(--ink);
  background: var(--bg);
  font: 14px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
header.top { background: var(--accent); color: #fff; padding: 18px 32px; }
header.top h1 { margin: 0; font-size: 21px; font-weight: 600; }
header.top p { margin: 4px 0 0; color: #d8e2ef; }
.secret { background: #7a1f1f; color: #fff; padding: 8px 32px; font-weight: 600; }
main { padding: 8px 32px 32px; }
h2 { font-size: 17px; margin: 24px 0 10px; color: var(--accent); }
h3 { font-size: 15px; margin: 18px 0 6px; }
.muted { color: var(--muted); }
.rid { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, monospace; font-size: 0.9em; }
.filters {
  background: #fff;
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 8px 14px;
  margin-bottom: 10px;
  display: flex;
  flex-wrap: wrap;
  gap: 6px 14px;
  align-items: center;
}
.wrap { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; }
table.matrix th, table.matrix td { border: 1px solid var(--line); padding: 4px 6px; text-align: center; }
table.matrix th.req {
  writing-mode: vertical-rl;
  transform: rotate(180deg);
  white-space: nowrap;
  font-weight: 500;
  max-height: 220px;
}
table.matrix th.who, table.matrix td.who {
  text-align: left;
  white-space: nowrap;
  position: sticky;
  left: 0;
  background: #fff;
}
td.s a { display: block; text-decoration: none; font-weight: 700; min-width: 1.6em; }
td.s.dim { opacity: 0.18; }
td.accepted { background: var(--ok-bg); } td.accepted a { color: var(--ok); }
td.answered { background: var(--ans-bg); } td.answered a { color: var(--ans); }
td.attachment-missing { background: var(--att-bg); } td.attachment-missing a { color: var(--att); }
td.not-answered { background: var(--no-bg); } td.not-answered a { color: var(--no); }
td.reservation { background: var(--res-bg); } td.reservation a { color: var(--res); }
td.unusable { background: #e2e2ea; text-align: left; }
.legend span { margin-right: 12px; white-space: nowrap; }
.legend b { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 3px; }
table.cells { width: 100%; background: #fff; border: 1px solid var(--line); }
table.cells th, table.cells td {
  border-bottom: 1px solid var(--line);
  padding: 6px 8px;
  text-align: left;
  vertical-align: top;
}
table.cells tr:target { outline: 3px solid #e0a800; }
tr.reservation td { background: #fde8e6; }
.flag { color: #b3261e; font-weight: 700; }
blockquote { margin: 0; padding-left: 8px; border-left: 3px solid var(--line); }
@media print { .filters { display: none; } main { padding: 0 12px; } }
`;

/** Hides cells and rows whose status is not ticked; the page is complete without it. */
export const EVALUATE_SCRIPT = `(() => {
  'use strict';
  const form = document.getElementById('filters');
  const table = document.getElementById('matrix');
  if (!form || !table) return;
  form.hidden = false;
  const rows = Array.from(table.tBodies[0].rows);
  const detail = Array.from(document.querySelectorAll('table.cells tbody tr[data-s]'));
  const shown = document.getElementById('shown');
  function apply() {
    const on = new Set(Array.from(form.querySelectorAll('input[name=status]:checked'), (i) => i.value));
    let count = 0;
    for (const tr of rows) {
      let any = false;
      for (const td of tr.querySelectorAll('td.s')) {
        const hit = on.has(td.dataset.s);
        td.classList.toggle('dim', !hit);
        any = any || hit;
      }
      tr.hidden = !any && !tr.querySelector('td.unusable');
      if (!tr.hidden) count++;
    }
    for (const tr of detail) tr.hidden = !on.has(tr.dataset.s);
    if (shown) shown.textContent = String(count);
  }
  form.addEventListener('change', apply);
  apply();
})();`;
