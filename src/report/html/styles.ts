// The report's stylesheet: sober, high-contrast, printable; colours always paired with symbols.

import { PRINT_STYLES } from './print.js';

/** For the screen; PRINT_STYLES follows it, so print rules win where both apply. */
const SCREEN = `
:root {
  --ink: #1c2430; --muted: #59626f; --line: #d6dbe2; --soft: #eef1f5; --bg: #f4f6f9; --accent: #1f3a5f;
  --ok-bg: #d3eedb; --ok: #0f5226; --sup-bg: #e2e2ea; --sup: #363649;
  --err-bg: #b3261e; --err: #ffffff; --warn-bg: #fbe0a0; --warn: #573900; --info-bg: #d3e4f8; --info: #103d75;
  --bad-bg: #fde8e6; --bad: #8a1c14;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: var(--bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: #1a4f8f; }
code, .rid { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
header.top { background: var(--accent); color: #fff; padding: 20px 32px 18px; }
header.top h1 { margin: 0; font-size: 22px; font-weight: 600; letter-spacing: 0.01em; }
header.top p { margin: 4px 0 0; color: #d8e2ef; }
.prov { display: flex; flex-wrap: wrap; gap: 2px 22px; margin: 10px 0 0; font-size: 12.5px; color: #d8e2ef; }
.prov div { display: flex; gap: 6px; }
.prov dt { font-weight: 600; }
.prov dd { margin: 0; }
.prov dt::after { content: ':'; }
.prov code { color: #fff; }
.kinds { margin: 4px 0 0; padding-left: 16px; font-size: 12.5px; color: var(--muted); }
main { padding: 8px 32px 32px; }
h2 { font-size: 17px; margin: 26px 0 10px; color: var(--accent); }
h3 { font-size: 15px; }
.muted, .note { color: var(--muted); }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; }
.card {
  background: #fff;
  border: 1px solid var(--line);
  border-top: 3px solid var(--accent);
  border-radius: 6px;
  padding: 12px 14px;
}
.card h3 {
  margin: 0;
  font-size: 12px;
  text-transform: uppercase;
  letter-spacing: 0.05em;
  color: var(--muted);
  font-weight: 600;
}
.card .figure { font-size: 30px; font-weight: 650; margin: 2px 0 4px; font-variant-numeric: tabular-nums; }
.card .note { margin: 6px 0 0; font-size: 12.5px; }
.bar { display: block; width: 100%; height: 8px; border-radius: 4px; }
.bar .bg { fill: #e1e6ec; } .bar .fg { fill: #2b7a4b; }
.toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: stretch; margin-bottom: 12px; }
.filters { flex: 1 1 560px; display: flex; flex-wrap: wrap; gap: 8px 18px; align-items: center;
  background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.filters select { font: inherit; padding: 2px 4px; margin-left: 4px; }
.filters fieldset {
  border: 0;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 4px 12px;
  align-items: center;
}
.filters legend { float: left; margin-right: 4px; }
.filters label { white-space: nowrap; }
.filters button {
  font: inherit;
  padding: 3px 10px;
  border: 1px solid var(--line);
  border-radius: 4px;
  background: var(--soft);
  cursor: pointer;
}
.filters output { color: var(--muted); font-size: 12.5px; flex-basis: 100%; }
.legend { flex: 1 1 320px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.legend h3 { margin: 0 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 16px; }
.legend .note { margin: 6px 0 0; font-size: 12px; }
.sym { display: inline-block; min-width: 1.6em; text-align: center; font-weight: 700; border-radius: 3px; }
.badge {
  display: inline-block;
  padding: 0 7px;
  border-radius: 3px;
  font-size: 12px;
  font-weight: 600;
  white-space: nowrap;
}
.s-covered { background: var(--ok-bg); color: var(--ok); }
.s-suppressed { background: var(--sup-bg); color: var(--sup); }
.s-error { background: var(--err-bg); color: var(--err); }
.s-warning { background: var(--warn-bg); color: var(--warn); }
.s-info { background: var(--info-bg); color: var(--info); }
.s-off { background: #fff; color: #767c86; }
.s-unreadable { background: var(--bad-bg); color: var(--bad); }
.s-language { background: #ece3f6; color: #4a2470; } .s-weak { background: #f3e6da; color: #5a3410; }
.scroll { overflow: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.matrix-wrap .scroll { display: inline-block; max-width: 100%; max-height: 82vh; vertical-align: top; }
table { border-collapse: separate; border-spacing: 0; }
.matrix { font-size: 13px; }
.matrix caption { caption-side: bottom; text-align: left; padding: 8px 12px; color: var(--muted); font-size: 12px; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--soft); }
.matrix thead th {
  position: sticky;
  top: 0;
  z-index: 2;
  background: #fff;
  vertical-align: bottom;
  border-bottom: 2px solid var(--accent);
}
.matrix tfoot td, .matrix tfoot th { position: sticky; bottom: 0; z-index: 2; border-top: 2px solid var(--accent); }
.matrix th.doc { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; padding: 5px 12px;
  min-width: 240px; max-width: 360px; font-weight: 500; overflow-wrap: anywhere; }
.matrix thead th.corner, .matrix tfoot th.doc { z-index: 3; }
.matrix thead th.corner { vertical-align: bottom; color: var(--muted); font-weight: 600; }
.matrix th.doc a { color: var(--ink); text-decoration: none; }
.matrix th.doc a:hover { text-decoration: underline; }
.matrix th.doc small { display: block; color: var(--muted); font-weight: 400; font-size: 11px; }
.matrix th.rule { padding: 8px 0 6px; width: 36px; min-width: 36px; }
.matrix th.rule a { display: flex; flex-direction: row; align-items: flex-start; gap: 2px; margin: 0 auto;
  width: max-content; writing-mode: vertical-rl; transform: rotate(180deg); text-decoration: none; color: var(--ink); }
.matrix th.rule .rt {
  display: block;
  max-height: 180px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  font-weight: 600;
  font-size: 12px;
}
.matrix th.rule .rid {
  display: block;
  max-height: 180px;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
  font-size: 10px;
  color: var(--muted);
  font-weight: 400;
}
.matrix th.n { font-size: 14px; padding: 0 6px; }
.matrix td.c { padding: 0; text-align: center; font-weight: 700; font-size: 14px; height: 30px; }
.matrix td.c a { display: block; line-height: 30px; color: inherit; text-decoration: none; }
.matrix td.c a:hover, .matrix td.c a:focus { outline: 2px solid var(--ink); outline-offset: -2px; }
.matrix td.c sup { font-size: 9px; }
.matrix td.dim { background: #fff; color: #c9ced5; }
.matrix td.span { text-align: left; padding: 5px 12px; font-size: 12px; }
.matrix td.span a { color: inherit; text-decoration: none; }
.matrix td.span a:hover { text-decoration: underline; }
.matrix td.n {
  text-align: right;
  padding: 0 8px;
  min-width: 36px;
  font-variant-numeric: tabular-nums;
  color: var(--muted);
}
.matrix th.n-covered, .matrix td.n-covered { color: var(--ok); }
.matrix th.n-missing, .matrix td.n-missing { color: var(--err-bg); }
.matrix th.n-suppressed, .matrix td.n-suppressed { color: var(--sup); }
.matrix tr.unreadable th.doc a { color: var(--bad); }
.matrix tbody tr:hover th.doc, .matrix tr:target th.doc { background: #fff6d6; }
.matrix td.per-rule { text-align: center; font-size: 11px; padding: 4px 0; line-height: 1.15; }
.matrix td.per-rule b { display: block; font-size: 13px; }
.matrix td.per-rule span { color: inherit; opacity: 0.8; }
.matrix td.q0 { background: #fbdcd8; color: #7a1a12; } .matrix td.q1 { background: #fce9c8; color: #5e3b00; }
.matrix td.q2 { background: #f4f1c9; color: #4b4500; } .matrix td.q3 { background: #def0da; color: #1d5626; }
.matrix td.q4 { background: #c8e8d1; color: #0f4a22; }
.matrix tfoot th.doc, .matrix tfoot td.n { background: #fff; color: var(--muted); font-weight: 600; }
.empty { padding: 12px; color: var(--muted); }
table.rules { width: 100%; font-size: 13px; }
.rules th {
  text-align: left;
  background: var(--soft);
  padding: 6px 10px;
  border-bottom: 1px solid var(--line);
  font-weight: 600;
}
.rules td { padding: 6px 10px; border-bottom: 1px solid var(--soft); vertical-align: top; }
.rules tr:target td { background: #fff6d6; }
.rules td.basis { font-size: 12px; color: var(--muted); }
.rules td.asked { min-width: 200px; font-size: 12px; }
.rules td.asked .bar { margin: 4px 0 3px; }
section.doc {
  background: #fff;
  border: 1px solid var(--line);
  border-radius: 6px;
  padding: 4px 16px 10px;
  margin: 0 0 12px;
}
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > * > tr > th, table.sheet > * > tr > td {
  padding: 0;
  text-align: left;
  font-weight: inherit;
  vertical-align: top;
}
section.doc h3 { margin: 10px 0 2px; overflow-wrap: anywhere; }
section.doc .meta { margin: 0 0 8px; color: var(--muted); font-size: 12.5px; }
section.doc .back { margin-left: 8px; }
/* Large runs only: skip laying out details until they scroll near (halves load time at 500 documents). */
main.many section.doc { content-visibility: auto; contain-intrinsic-size: auto 420px; }
ol.entries { list-style: none; margin: 0; padding: 0; }
li.entry { padding: 8px 10px; border-top: 1px solid var(--soft); scroll-margin-top: 16px; }
li.entry:target { outline: 3px solid #e0a100; background: #fffaeb; }
li.entry .rid { margin: 0 6px; }
li.entry dl {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 2px 12px;
  margin: 6px 0 0 4px;
  font-size: 13px;
}
li.entry dt { color: var(--muted); }
li.entry dd { margin: 0; }
a.see { display: none; } /* print only: see print.ts */
ol.clauses { margin: 0; padding-left: 22px; }
ol.clauses li { margin: 0 0 10px; }
ol.clauses blockquote { margin-top: 4px; }
ol.clauses li:target { outline: 3px solid #e0a100; }
.matrix td.q { text-align: right; } .matrix td.q a { color: inherit; }
.matrix th.n-language .rt, .matrix td.n-language { color: #4a2470; }
.matrix th.n-weak .rt, .matrix td.n-weak { color: #5a3410; }
.quality td.num { text-align: right; font-variant-numeric: tabular-nums; }
blockquote {
  margin: 0;
  padding: 6px 10px;
  border-left: 3px solid var(--accent);
  background: var(--soft);
  white-space: pre-line;
}
ul.notes { margin: 0; padding-left: 18px; }
ul.notes[id] { scroll-margin-top: 48px; } /* the matrix links to the list: keep its heading in view */
ul.notes .loc { color: var(--muted); }
footer.foot { padding: 16px 32px 28px; color: var(--muted); font-size: 12px; }
`;

/** Inlined into the page and allowed by its hash in the CSP (no style attributes anywhere). */
export const STYLES = SCREEN + PRINT_STYLES;
