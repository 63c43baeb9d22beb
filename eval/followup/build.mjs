// Builds the follow-up's labelled set: a register of 30 contracts (three without equality
// conditions), three years of reports for each as filled forms (DOCX, some CSV) in forms/ and
// the same reports as free documents (DOCX prose and tables, PDF, Markdown, English text) in
// free/, some late, some missing, some incomplete, some missing their targets; and labels.json
// with what `jamkrav followup check --date EVAL_DATE` must find. Deterministic: a seeded
// generator, fixed dates, fixed zip times.
//
//   node eval/followup/build.mjs OUT_DIR     (after npm run build)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCatalogue } from '../../dist/index.js';
import { loadFollowUp, templatesOf } from '../../dist/followup/index.js';
import { periodsOf } from '../../dist/followup/schedule.js';
import { askedIndicators } from '../../dist/followup/indicators.js';
import { addDays, addMonths } from '../../dist/followup/dates.js';
import { fillForm, freeDocx, freePdf } from './docs.mjs';
import { rng } from '../../bench/rng.mjs';

export const EVAL_DATE = '2027-05-15';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const SUPPLIERS = [
  'Omsorg Norr AB',
  'Städ & Service i Mitt AB',
  'Skolskjuts Väst AB',
  'Hemtjänst Plus AB',
  'Grön Park AB',
  'Matlaget Kök AB',
  'Vårdkraft AB',
  'Trygga Resor AB',
  'Fastighetsvård Syd AB',
  'Kulturhuset Drift AB',
  'IT-Stöd Kommun AB',
  'Boende & Omsorg AB',
];
const SECTORS = ['care', 'education', 'transport', 'public-space', 'other'];
const TITLES = {
  care: 'Hemtjänst',
  education: 'Lokalvård skolor',
  transport: 'Skolskjuts',
  'public-space': 'Parkskötsel',
  other: 'Drift',
};
const LEVELS = ['base', 'advanced', 'leading'];

const small = (n) => (n < 5 ? '<5' : String(n));
const dataOf = (n) => (n < 5 ? '<5' : n);

/** The values a supplier reports for one period, true counts (what a form or free text says is derived). */
function valuesFor(r, period, prev) {
  const staffW = prev ? Math.max(0, prev.staffW + Math.round(r() * 6 - 3)) : 5 + Math.floor(r() * 50);
  const staffM = prev
    ? Math.max(0, prev.staffM + Math.round(r() * 6 - 3))
    : r() < 0.15
      ? Math.floor(r() * 5)
      : 5 + Math.floor(r() * 40);
  const leadW = Math.floor(r() * 9);
  const leadM = 1 + Math.floor(r() * 9);
  const trainedShare = r() < 0.8 ? 1 : 0.5 + r() * 0.4;
  const trainW = Math.round(staffW * trainedShare);
  const trainM = Math.round(staffM * trainedShare);
  const hours = Math.round((4 + r() * 40) * 2) / 2;
  const payInPeriod = r() < 0.85;
  const pay = payInPeriod
    ? addDays(period.start, 30 + Math.floor(r() * 250))
    : addDays(period.start, -40 - Math.floor(r() * 100));
  const review = addDays(period.start, 20 + Math.floor(r() * 300));
  const cases = r() < 0.6 ? 0 : 1 + Math.floor(r() * 6);
  const parental = r() < 0.85;
  const usersW = 40 + Math.floor(r() * 400);
  const usersM = 30 + Math.floor(r() * 350);
  const subs = Math.floor(r() * 5);
  const bound = r() < 0.8 ? subs : Math.max(0, subs - 1);
  return {
    staffW,
    staffM,
    leadW,
    leadM,
    trainW,
    trainM,
    hours,
    pay,
    review,
    cases,
    parental,
    usersW,
    usersM,
    subs,
    bound,
  };
}

/** Field key → the text a supplier writes in the form. */
function formValues(v, asked, lang) {
  const yes = lang === 'sv' ? 'Ja' : 'Yes';
  const no = lang === 'sv' ? 'Nej' : 'No';
  const all = {
    'staff:women': small(v.staffW),
    'staff:men': small(v.staffM),
    'leaders:women': small(v.leadW),
    'leaders:men': small(v.leadM),
    'training-participants:women': small(v.trainW),
    'training-participants:men': small(v.trainM),
    'training-hours:value': String(v.hours).replace('.', ','),
    'pay-survey:value': v.pay,
    'harassment-review:value': v.review,
    'harassment-cases:value': small(v.cases) === '<5' ? '<5' : String(v.cases),
    'parental-routine:value': v.parental ? yes : no,
    'users:women': small(v.usersW),
    'users:men': small(v.usersM),
    'subcontractors:value': String(v.subs),
    'subcontractors-bound:value': String(v.bound),
  };
  const out = new Map();
  for (const id of asked)
    for (const [k, val] of Object.entries(all)) if (k.startsWith(`${id}:`)) out.set(`jamkrav:${k}`, val);
  return out;
}

/** What check --format json must give for each indicator (valueData's shape). */
function expectedData(v, id) {
  switch (id) {
    case 'staff':
      return { women: dataOf(v.staffW), men: dataOf(v.staffM) };
    case 'leaders':
      return { women: dataOf(v.leadW), men: dataOf(v.leadM) };
    case 'training-participants':
      return { women: dataOf(v.trainW), men: dataOf(v.trainM) };
    case 'training-hours':
      return { value: v.hours };
    case 'pay-survey':
      return { value: v.pay };
    case 'harassment-review':
      return { value: v.review };
    case 'harassment-cases':
      return { value: v.cases < 5 ? '<5' : v.cases };
    case 'parental-routine':
      return { value: v.parental };
    case 'users':
      return { women: dataOf(v.usersW), men: dataOf(v.usersM) };
    case 'subcontractors':
      return { value: v.subs };
    case 'subcontractors-bound':
      return { value: v.bound };
  }
  return null;
}

/** A free report in one of five styles; `drop` lists indicators the supplier left out. */
function freeReport(style, c, period, v, asked, submitted, drop) {
  const has = (id) => asked.includes(id) && !drop.includes(id);
  const sv = style !== 'en';
  const yn = v.parental;
  const sent = sv ? `Datum: ${submitted}` : `Date: ${submitted}`;
  const lines = [];
  if (style === 'prose' || style === 'pdf') {
    lines.push(
      `Årsrapport jämställdhet för avtal ${c.id}.`,
      `Leverantör: ${c.supplier}. Rapportår ${period.label}.`,
      `${sent}.`,
    );
    if (has('staff'))
      lines.push(`Under året arbetade ${small(v.staffW)} kvinnor och ${small(v.staffM)} män i uppdraget.`);
    if (has('leaders')) lines.push(`I arbetsledande roller fanns ${small(v.leadW)} kvinnor och ${small(v.leadM)} män.`);
    if (has('training-participants'))
      lines.push(
        `Utbildningen i jämställdhet och likabehandling hade ${small(v.trainW)} kvinnor och ${small(v.trainM)} män ` +
          `som deltagare.`,
      );
    if (has('training-hours'))
      lines.push(`Sammanlagt genomfördes ${String(v.hours).replace('.', ',')} utbildningstimmar.`);
    if (has('pay-survey')) lines.push(`Lönekartläggningen blev klar ${v.pay}.`);
    if (has('harassment-review')) lines.push(`Rutinen mot trakasserier sågs över ${v.review}.`);
    if (has('harassment-cases'))
      lines.push(
        v.cases === 0
          ? 'Inga ärenden om trakasserier har utretts under året.'
          : `Antal ärenden om trakasserier som utretts: ${small(v.cases)}.`,
      );
    if (has('parental-routine'))
      lines.push(
        yn
          ? 'Vi har en skriftlig rutin för föräldraledighet som gäller all personal i uppdraget.'
          : 'En skriftlig rutin för föräldraledighet saknas ännu.',
      );
    if (has('users'))
      lines.push(`Tjänsten nådde ${small(v.usersW)} kvinnor och ${small(v.usersM)} män bland brukarna.`);
    if (has('subcontractors')) lines.push(`Antal underleverantörer i uppdraget: ${v.subs}.`);
    if (has('subcontractors-bound')) lines.push(`Av dessa är ${v.bound} bundna av avtalets jämställdhetskrav.`);
    return style === 'pdf' ? { ext: 'pdf', data: freePdf(lines) } : { ext: 'docx', data: freeDocx(lines) };
  }
  if (style === 'tables') {
    const sexRows = [['Indikator', 'Kvinnor', 'Män']];
    if (has('staff')) sexRows.push(['Personal i uppdraget', small(v.staffW), small(v.staffM)]);
    if (has('leaders')) sexRows.push(['Ledande befattningar', small(v.leadW), small(v.leadM)]);
    if (has('training-participants'))
      sexRows.push(['Deltagare i jämställdhetsutbildning', small(v.trainW), small(v.trainM)]);
    if (has('users')) sexRows.push(['Brukare', small(v.usersW), small(v.usersM)]);
    const other = [['Uppgift', 'Värde']];
    if (has('training-hours')) other.push(['Utbildningstimmar', String(v.hours).replace('.', ',')]);
    if (has('pay-survey')) other.push(['Lönekartläggning klar', v.pay]);
    if (has('harassment-review')) other.push(['Översyn av rutin mot trakasserier', v.review]);
    if (has('harassment-cases'))
      other.push(['Hanterade ärenden om trakasserier', v.cases < 5 ? '<5' : String(v.cases)]);
    if (has('parental-routine')) other.push(['Skriftlig rutin för föräldraledighet', yn ? 'Ja' : 'Nej']);
    if (has('subcontractors')) other.push(['Underleverantörer', String(v.subs)]);
    if (has('subcontractors-bound')) other.push(['Underleverantörer bundna av kraven', String(v.bound)]);
    return {
      ext: 'docx',
      data: freeDocx([
        { h: `Uppföljningsrapport ${c.id}` },
        `Rapportperiod: ${period.label}. ${sent}.`,
        { table: sexRows },
        { table: other },
      ]),
    };
  }
  if (style === 'markdown') {
    const md = [`# Jämställdhetsrapport ${c.id}`, '', `Verksamhetsår ${period.label}. Inlämnad ${submitted}.`, ''];
    const group = (h, w, m) => md.push(`## ${h}`, '', `- Kvinnor: ${small(w)}`, `- Män: ${small(m)}`, '');
    if (has('staff')) group('Personal', v.staffW, v.staffM);
    if (has('leaders')) group('Arbetsledare', v.leadW, v.leadM);
    if (has('training-participants')) group('Deltagare i utbildning', v.trainW, v.trainM);
    if (has('users')) group('Användare', v.usersW, v.usersM);
    md.push('## Övrigt', '');
    if (has('training-hours')) md.push(`- Utbildningstimmar: ${String(v.hours).replace('.', ',')}`);
    if (has('pay-survey')) md.push(`- Lönekartläggning genomförd: ${v.pay}`);
    if (has('harassment-review')) md.push(`- Rutin mot trakasserier översedd: ${v.review}`);
    if (has('harassment-cases')) md.push(`- Ärenden om trakasserier: ${v.cases < 5 ? '<5' : v.cases}`);
    if (has('parental-routine')) md.push(`- Skriftlig rutin för föräldraledighet: ${yn ? 'ja' : 'nej'}`);
    if (has('subcontractors')) md.push(`- Underleverantörer: ${v.subs}`);
    if (has('subcontractors-bound')) md.push(`- Varav bundna av jämställdhetskraven: ${v.bound}`);
    return { ext: 'md', data: `${md.join('\n')}\n` };
  }
  // English plain text.
  const t = [`Equality report, contract ${c.id}`, `Reporting year ${period.label}. ${sent}.`, ''];
  if (has('staff')) t.push(`Staff on the contract: ${small(v.staffW)} women and ${small(v.staffM)} men.`);
  if (has('leaders')) t.push(`Supervisory roles: ${small(v.leadW)} women and ${small(v.leadM)} men.`);
  if (has('training-participants'))
    t.push(`Training participants: ${small(v.trainW)} women and ${small(v.trainM)} men.`);
  if (has('training-hours')) t.push(`Training hours in total: ${v.hours}.`);
  if (has('pay-survey')) t.push(`The pay survey was completed on ${v.pay}.`);
  if (has('harassment-review')) t.push(`The harassment routine was reviewed on ${v.review}.`);
  if (has('harassment-cases'))
    t.push(v.cases === 0 ? 'No harassment cases were investigated.' : `Harassment cases handled: ${small(v.cases)}.`);
  if (has('parental-routine'))
    t.push(
      yn ? 'A written parental leave routine is in place.' : 'A written parental leave routine is not in place yet.',
    );
  if (has('users')) t.push(`Service users: ${small(v.usersW)} women and ${small(v.usersM)} men.`);
  if (has('subcontractors')) t.push(`Subcontractors on the contract: ${v.subs}.`);
  if (has('subcontractors-bound')) t.push(`Subcontractors bound by the equality clauses: ${v.bound}.`);
  return { ext: 'txt', data: `${t.join('\n\n')}\n` };
}

/** Builds the set into `out`; `contracts` (default 30) and whether to write free documents are for the bench. */
export async function buildFollowupSet(out, { contracts: count = 30, free = true } = {}) {
  rmSync(out, { recursive: true, force: true });
  for (const d of ['bilagor', 'forms', 'free']) mkdirSync(join(out, d), { recursive: true });
  const catalogue = await loadCatalogue();
  for (const level of LEVELS) {
    for (const care of [false, true]) {
      const meta = care
        ? { tender: { title: 'Hemtjänst', sector: 'care' }, authority: { name: 'Exempelkommun', kind: 'kommun' } }
        : { authority: { name: 'Exempelkommun', kind: 'kommun' } };
      const r = await generate({ catalogue, level, format: 'json', meta, date: '2022-01-01' });
      writeFileSync(join(out, 'bilagor', `${level}${care ? '-care' : ''}.json`), r.data);
    }
  }
  const r = rng(17);
  const contracts = [];
  for (let i = 0; i < count; i++) {
    const sector = SECTORS[i % SECTORS.length];
    const level = LEVELS[i % 3];
    const start = addDays(addMonths('2022-01-01', Math.floor((i * 26) / count)), (i * 7) % 28);
    const c = {
      id: `AV-${start.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      title: `${TITLES[sector]} ${i + 1}`,
      supplier: SUPPLIERS[i % SUPPLIERS.length],
      sector,
      start,
      end: addDays(addMonths(start, 48), -1),
    };
    if (i % 10 === 9) c.conditions = false;
    else if (i % 6 === 5) Object.assign(c, { packs: ['cemr-art12', 'diskrl-3kap'], level });
    else c.appendix = `bilagor/${level}${sector === 'care' ? '-care' : ''}.json`;
    if (i % 7 === 3) c.reports = { period: 'calendar-year', dueDays: 31 };
    if (i % 2 === 0 && c.conditions !== false) c.targets = { leaders: { minShare: 40 } };
    contracts.push(c);
  }
  const yaml = [
    'version: 1',
    'authority: Exempelkommun',
    'defaults:',
    '  followUpBy: Avtalsförvaltningen',
    'contracts:',
  ];
  for (const c of contracts) {
    yaml.push(
      `  - id: ${c.id}`,
      `    title: ${c.title}`,
      `    supplier: "${c.supplier}"`,
      `    sector: ${c.sector}`,
      `    start: ${c.start}`,
      `    end: ${c.end}`,
    );
    if (c.conditions === false) yaml.push('    conditions: false');
    if (c.appendix) yaml.push(`    appendix: ${c.appendix}`);
    if (c.packs) yaml.push(`    packs: [${c.packs.join(', ')}]`, `    level: ${c.level}`);
    if (c.reports) yaml.push(`    reports: { period: ${c.reports.period}, dueDays: ${c.reports.dueDays} }`);
    if (c.targets) yaml.push('    targets:', '      leaders: { minShare: 40 }');
  }
  writeFileSync(join(out, 'avtal.yaml'), `${yaml.join('\n')}\n`);

  const f = await loadFollowUp({ register: join(out, 'avtal.yaml'), lang: 'sv' });
  if (f.problems.length) throw new Error(f.problems.join('\n'));
  const templates = new Map((await templatesOf(f, 'sv')).map((t) => [t.name, t.data]));
  const labels = { date: EVAL_DATE, contracts: [] };
  const styles = ['prose', 'tables', 'pdf', 'markdown', 'en'];
  let n = 0;
  for (const contract of f.contracts) {
    const e = contract.entry;
    const label = { id: e.id, conditions: e.conditions, periods: [] };
    labels.contracts.push(label);
    if (!e.conditions) continue;
    const asked = askedIndicators(f.indicators, contract.rules, e.targets).map((a) => a.def.id);
    let prev;
    for (const p of periodsOf(e)) {
      if (p.start > EVAL_DATE) break;
      if (p.end >= EVAL_DATE || p.due > EVAL_DATE) {
        label.periods.push({ period: p.label, status: p.end >= EVAL_DATE ? 'running' : 'upcoming' });
        continue;
      }
      const x = r();
      const fate = x < 0.1 ? 'missing' : x < 0.22 ? 'late' : 'in';
      const drop = fate !== 'missing' && r() < 0.12 ? asked.filter(() => r() < 0.25).slice(0, 2) : [];
      const v = valuesFor(r, p, prev);
      prev = v;
      if (fate === 'missing') {
        label.periods.push({ period: p.label, status: 'overdue', missing: [], values: {} });
        continue;
      }
      const submitted =
        fate === 'late' ? addDays(p.due, 3 + Math.floor(r() * 50)) : addDays(p.due, -1 - Math.floor(r() * 25));
      const values = formValues(
        v,
        asked.filter((id) => !drop.includes(id)),
        'sv',
      );
      values.set('jamkrav:report:submitted', submitted);
      const base = `${e.id}_${p.label}`;
      // Forms: most as DOCX, every seventh as the CSV template filled in.
      if (n % 7 === 6) {
        const csv = templates
          .get(`${base}.csv`)
          .replace(/^(jamkrav:[^;\r\n]+;[^;\r\n]*;[^;\r\n]*;)$/gm, (line, head) => {
            const key = head.split(';')[0];
            return values.has(key) ? `${head}${values.get(key)}` : line;
          });
        writeFileSync(join(out, 'forms', `${base}.csv`), csv);
      } else writeFileSync(join(out, 'forms', `${base}.docx`), fillForm(templates.get(`${base}.docx`), values));
      if (free) {
        const doc = freeReport(styles[n % styles.length], e, p, v, asked, submitted, drop);
        const dir = join(out, 'free', e.supplier.replace(/[^A-Za-zÅÄÖåäö0-9]+/g, '-'));
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${e.id} rapport ${p.label}.${doc.ext}`), doc.data);
      }
      n++;
      const expected = {};
      for (const id of asked) if (!drop.includes(id)) expected[id] = expectedData(v, id);
      const targets = {};
      if (asked.includes('leaders') && e.targets.leaders && !drop.includes('leaders')) {
        const lo = v.leadW < 5 ? 0 : v.leadW;
        const hi = v.leadW < 5 ? 4 : v.leadW;
        const mlo = v.leadM < 5 ? 0 : v.leadM;
        const mhi = v.leadM < 5 ? 4 : v.leadM;
        const sLo = lo + mhi === 0 ? 0 : (100 * lo) / (lo + mhi);
        const sHi = hi + mlo === 0 ? 100 : (100 * hi) / (hi + mlo);
        targets.leaders = sLo >= 40 && sHi <= 60 ? 'met' : sHi < 40 || sLo > 60 ? 'missed' : 'open';
      }
      if (asked.includes('pay-survey') && !drop.includes('pay-survey'))
        targets['pay-survey'] = v.pay >= p.start && v.pay <= p.due ? 'met' : 'missed';
      label.periods.push({ period: p.label, status: fate, submitted, missing: drop, values: expected, targets });
    }
  }
  writeFileSync(join(out, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
  return labels;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? join(root, 'eval', 'followup', 'out');
  const labels = await buildFollowupSet(resolve(out));
  const periods = labels.contracts.flatMap((c) => c.periods);
  process.stdout.write(`built ${labels.contracts.length} contracts, ${periods.length} periods in ${out}\n`);
}
