// The portfolio as one self-contained HTML page: key figures, follow-up on time per year as a
// stacked bar chart, and each indicator over the years as a line chart (all contracts and per
// sector) with a table per supplier. Charts are inline SVG; a Content Security Policy forbids
// every load and every script, and every text is escaped.
import { createHash } from 'node:crypto';
import { esc } from '../report/html/escape.js';
import type { Lang } from '../types.js';
import { countData, showCount, showShare } from './counts.js';
import { fill } from './labels.js';
import type { IndicatorSeries, Portfolio, Series } from './portfolio.js';

const L = {
  sv: {
    title: 'Portföljrapport: jämställdhetskrav i avtalen',
    asOf: 'Per {date}',
    contracts: 'Avtal',
    withConditions: 'med jämställdhetsvillkor',
    onTime: 'rapporter inne i tid',
    targets: 'mål uppnådda',
    followUp: 'Uppföljning i tid per år',
    legend: { onTime: 'i tid', late: 'sent', overdue: 'saknas' },
    year: 'År',
    share: 'andel kvinnor',
    total: 'summa',
    met: 'avtal där målet nåddes',
    all: 'Alla avtal',
    supplier: 'Leverantör',
    sector: 'Sektor',
    privacy: 'Grupper med färre än fem personer visas som <5; andelar som spann när sådana grupper ingår.',
    none: 'Inga rapporterade värden ännu.',
    of: '{n} av {d}',
  },
  en: {
    title: 'Portfolio report: equality clauses in the contracts',
    asOf: 'As of {date}',
    contracts: 'Contracts',
    withConditions: 'with equality conditions',
    onTime: 'reports in on time',
    targets: 'targets met',
    followUp: 'Followed up on time, per year',
    legend: { onTime: 'on time', late: 'late', overdue: 'missing' },
    year: 'Year',
    share: "women's share",
    total: 'total',
    met: 'contracts meeting the target',
    all: 'All contracts',
    supplier: 'Supplier',
    sector: 'Sector',
    privacy: 'Groups of fewer than five people are shown as <5; shares as ranges where such groups are included.',
    none: 'No values reported yet.',
    of: '{n} of {d}',
  },
} as const;

const STYLES = [
  'body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}',
  'h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem}h3{font-size:1.05rem}',
  '.cards{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #ccc;border-radius:6px;padding:.8rem ' +
    '1rem;min-width:12rem}',
  '.card b{display:block;font-size:1.8rem}',
  'table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #ccc;padding:.25rem ' +
    '.5rem;text-align:left}td.n{text-align:right}',
  'svg{max-width:100%;height:auto}.legend span{margin-right:1rem}',
  '.sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}',
  '.c0{fill:#2b7a3d;background:#2b7a3d}.c1{fill:#d08a00;background:#d08a00}.c2{fill:#b3261e;background:#b3261e}',
  '.ax{stroke:#888;stroke-width:1}.gl{stroke:#ddd;stroke-width:1}.tx{font-size:11px;fill:#333}',
  '.l0{stroke:#1f4e9c}.l1{stroke:#b3261e}.l2{stroke:#2b7a3d}.l3{stroke:#7b3fa0}.l4{stroke:#d08a00}.l5{stroke:#555}',
  'polyline{fill:none;stroke-width:2}.p0{fill:#1f4e9c;background:#1f4e9c}.p1{fill:#b3261e;background:#b3261e}',
  '.p2{fill:#2b7a3d;background:#2b7a3d}',
  '.p3{fill:#7b3fa0;background:#7b3fa0}.p4{fill:#d08a00;background:#d08a00}.p5{fill:#555;background:#555}',
  '.note{color:#555;font-size:.9rem}',
].join('\n');

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLES)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);

/** Stacked bars per year: on time, late, missing. */
function followUpChart(p: Portfolio, lang: Lang): string {
  const l = L[lang];
  const ys = p.followUp.years;
  if (ys.length === 0) return `<p>${esc(l.none)}</p>`;
  const W = 560;
  const H = 220;
  const left = 40;
  const bottom = 190;
  const max = Math.max(1, ...ys.map((y) => y.due));
  const bw = Math.min(60, (W - left - 20) / ys.length - 12);
  const parts: string[] = [`<line class="ax" x1="${left}" y1="${bottom}" x2="${W - 10}" y2="${bottom}"/>`];
  ys.forEach((y, i) => {
    const x = left + 10 + i * (bw + 12);
    let top = bottom;
    (
      [
        ['onTime', 'c0'],
        ['late', 'c1'],
        ['overdue', 'c2'],
      ] as const
    ).forEach(([k, cls]) => {
      const h = ((bottom - 20) * y[k]) / max;
      if (h > 0)
        parts.push(
          `<rect class="${cls}" x="${x.toFixed(1)}" y="${(top - h).toFixed(1)}" width="${bw.toFixed(1)}" height="` +
            `${h.toFixed(1)}"><title>${esc(`${y.year}: ${l.legend[k]} ${y[k]}`)}</title></rect>`,
        );
      top -= h;
    });
    parts.push(
      `<text class="tx" x="${(x + bw / 2).toFixed(1)}" y="${bottom + 14}" text-anchor="middle">${esc(y.year)}</text>`,
    );
    parts.push(
      `<text class="tx" x="${(x + bw / 2).toFixed(1)}" y="${(top - 4).toFixed(1)}" text-anchor="middle">` +
        `${esc(pct(y.onTime, y.due))}</text>`,
    );
  });
  const keys = ['onTime', 'late', 'overdue'] as const;
  const items = keys.map((k, i) => `<span><i class="sw c${i}"></i>${esc(l.legend[k])}</span>`);
  const legend = `<p class="legend">${items.join('')}</p>`;
  return (
    `<svg role="img" aria-label="${esc(l.followUp)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    `${parts.join('')}</svg>${legend}`
  );
}

/** Women's share over the years: one line per series (all, then each sector). */
function shareChart(ind: IndicatorSeries, lang: Lang): string {
  const l = L[lang];
  const lines: Series[] = [{ group: l.all, points: ind.all.points }, ...ind.bySector].slice(0, 6);
  const years = [...new Set(lines.flatMap((s) => s.points.map((p) => p.year)))].sort();
  if (years.length === 0) return '';
  const W = 560;
  const H = 220;
  const left = 40;
  const top = 10;
  const bottom = 190;
  const x = (year: string) =>
    left + 20 + (years.length === 1 ? 0 : ((W - left - 60) * years.indexOf(year)) / (years.length - 1));
  const y = (share: number) => bottom - ((bottom - top) * share) / 100;
  const parts: string[] = [];
  for (const g of [0, 25, 50, 75, 100])
    parts.push(
      `<line class="gl" x1="${left}" y1="${y(g)}" x2="${W - 10}" y2="${y(g)}"/>` +
        `<text class="tx" x="${left - 4}" y="${y(g) + 4}" text-anchor="end">${g} %</text>`,
    );
  years.forEach((yr) =>
    parts.push(`<text class="tx" x="${x(yr).toFixed(1)}" y="${bottom + 14}" text-anchor="middle">${esc(yr)}</text>`),
  );
  lines.forEach((s, i) => {
    const pts = s.points.filter((p) => p.share);
    if (pts.length === 0) return;
    const mid = (p: (typeof pts)[number]) => (p.share!.lo + p.share!.hi) / 2;
    parts.push(
      `<polyline class="l${i}" points="` +
        `${pts.map((p) => `${x(p.year).toFixed(1)},${y(mid(p)).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const p of pts)
      parts.push(
        `<circle class="p${i}" cx="${x(p.year).toFixed(1)}" cy="${y(mid(p)).toFixed(1)}" r="3">` +
          `<title>${esc(`${s.group} ${p.year}: ${showShare(p.share)}`)}</title></circle>`,
      );
  });
  const legend =
    `<p class="legend">` +
    `${lines.map((s, i) => `<span><i class="sw p${i}"></i>${esc(s.group)}</span>`).join('')}</p>`;
  return (
    `<svg role="img" aria-label="${esc(`${ind.title[lang]}: ${l.share}`)}" viewBox="0 0 ${W} ${H}" width="${W}` +
    `" height="${H}">${parts.join('')}</svg>${legend}`
  );
}

function cellOf(
  ind: IndicatorSeries,
  p:
    | {
        share?: { lo: number; hi: number };
        women?: { lo: number; hi: number };
        men?: { lo: number; hi: number };
        total?: { lo: number; hi: number };
        met?: number;
        contracts: number;
      }
    | undefined,
  lang: Lang,
): string {
  if (!p) return '–';
  if (ind.kind === 'by-sex') return `${showShare(p.share)} (${showCount(p.women!)} / ${showCount(p.men!)})`;
  if (p.total) return String(countData(p.total));
  return fill(L[lang].of, { n: p.met ?? 0, d: p.contracts });
}

function groupTable(ind: IndicatorSeries, heading: string, groups: Series[], lang: Lang): string {
  const years = [...new Set(groups.flatMap((s) => s.points.map((p) => p.year)))].sort();
  const head = `<tr><th>${esc(heading)}</th>${years.map((y) => `<th>${esc(y)}</th>`).join('')}</tr>`;
  const rows = groups.map(
    (s) =>
      `<tr><td>${esc(s.group)}</td>${years
        .map(
          (y) =>
            `<td class="n">${esc(
              cellOf(
                ind,
                s.points.find((p) => p.year === y),
                lang,
              ),
            )}</td>`,
        )
        .join('')}</tr>`,
  );
  return `<table>${head}${rows.join('')}</table>`;
}

export function renderPortfolioHtml(p: Portfolio, lang: Lang): string {
  const l = L[lang];
  const f = p.followUp;
  const body = [
    `<h1>${esc(l.title)}${p.authority ? `: ${esc(p.authority)}` : ''}</h1>`,
    `<p>${esc(fill(l.asOf, { date: p.date }))}</p>`,
    '<div class="cards">',
    `<div class="card" id="share-conditions"><b>${esc(pct(p.contracts.withConditions, p.contracts.total))}` +
      `</b>${esc(`${l.contracts} ${l.withConditions}`)} (` +
      `${esc(fill(l.of, { n: p.contracts.withConditions, d: p.contracts.total }))})</div>`,
    `<div class="card" id="share-on-time"><b>${esc(pct(f.onTime, f.due))}` +
      `</b>${esc(l.onTime)} (${esc(fill(l.of, { n: f.onTime, d: f.due }))})</div>`,
    `<div class="card" id="share-targets"><b>` +
      `${esc(pct(p.targets.met, p.targets.met + p.targets.missed + p.targets.open))}` +
      `</b>${esc(l.targets)} (` +
      `${esc(fill(l.of, { n: p.targets.met, d: p.targets.met + p.targets.missed + p.targets.open }))})</div>`,
    '</div>',
    `<h2>${esc(l.followUp)}</h2>`,
    followUpChart(p, lang),
  ];
  for (const ind of p.indicators) {
    body.push(`<section id="ind-${esc(ind.id)}"><h2>${esc(ind.title[lang])}</h2>`);
    if (ind.kind === 'by-sex') body.push(shareChart(ind, lang));
    body.push(
      groupTable(ind, l.all, [{ ...ind.all, group: l.all }], lang),
      groupTable(ind, l.sector, ind.bySector, lang),
      groupTable(ind, l.supplier, ind.bySupplier, lang),
      '</section>',
    );
  }
  body.push(`<p class="note">${esc(l.privacy)}</p>`);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n<title>${esc(l.title)}</title>\n<style>${STYLES}</style>\n` +
    `</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`
  );
}
