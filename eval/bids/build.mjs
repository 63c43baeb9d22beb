// Builds the labelled bids set (eval/bids/cases/*.yaml) into real files: per tender the appendix
// (JSON or DOCX) and answer form made by `generate`, and per tenderer its bid as the case says:
// the form filled as Word fills it (`form`), the same saved again by LibreOffice (`form-lo`), an
// own DOCX (`docx`, made with the docx library), a PDF (that DOCX through LibreOffice), Markdown,
// or a damaged file (`broken`). Labels go to <out>/<tender>/labels.json. Used by
// bench/eval-evaluate.mjs and the tests; alone:
//
//   node eval/bids/build.mjs OUTDIR [--cases a,b]
//
// Needs `npm run build` first (it uses dist/) and LibreOffice (soffice) for form-lo and pdf.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse } from 'yaml';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
export const BIDS_CASES = join(here, 'cases');
const dist = (p) => import(join(root, 'dist', p));

/** A problem with a case or a tool: printed as one line by the caller. */
export class BidsBuildError extends Error {}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Fills a generated answer form as Word does when a supplier types (tick boxes and text controls by tag). */
export function fillForm(docx, answers, tenderer) {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']).replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, (sdt) => {
    const tag = /<w:tag w:val="([^"]*)"/.exec(sdt)?.[1];
    if (!tag) return sdt;
    const [, id, field] = tag.split(':');
    const a = answers[id] ?? {};
    const value =
      id === 'tenderer'
        ? field === 'name'
          ? tenderer.name
          : tenderer.org
        : field === 'accepted'
          ? a.ticked
          : a[field];
    if (value === undefined || value === '') return sdt;
    if (typeof value === 'boolean')
      return value
        ? sdt.replace('w14:checked w14:val="0"', 'w14:checked w14:val="1"').replace('\u2610', '\u2612')
        : sdt;
    const runs = String(value)
      .split('\n')
      .map((line) => `<w:t xml:space="preserve">${xmlEscape(line)}</w:t>`)
      .join('<w:br/>');
    return sdt
      .replace('<w:showingPlcHdr/>', '')
      .replace(/<w:sdtContent>[\s\S]*<\/w:sdtContent>/, `<w:sdtContent><w:r>${runs}</w:r></w:sdtContent>`);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files, { mtime: new Date('2026-12-01T00:00:00Z') });
}

/** `{{label:id}}`, `{{title:id}}`, `{{n:id}}` from the appendix's rules. */
function placeholders(text, rules) {
  return String(text).replace(/\{\{(label|title|n):([a-z0-9.-]+)\}\}/g, (all, what, id) => {
    const r = rules.get(id);
    if (!r) throw new BidsBuildError(`unknown rule ${id} in ${all}`);
    return what === 'label' ? r.label : what === 'title' ? r.title : String(r.number);
  });
}

/** A clause's text as the appendix gives it, or restated with a replacement. */
function clauseText(block, rules) {
  const spec = block.clause ? { rule: block.clause } : block.restate;
  const r = rules.get(spec.rule);
  if (!r) throw new BidsBuildError(`unknown rule ${spec.rule}`);
  let text = r.text;
  if (spec.replace) {
    if (!text.includes(spec.replace[0]))
      throw new BidsBuildError(`${spec.rule}: "${spec.replace[0]}" is not in its clause`);
    text = text.replace(spec.replace[0], spec.replace[1]);
  }
  return text.split(/\n\s*\n/);
}

/** The blocks of a body, placeholders filled: [{kind, text|rows}]. */
function blocksOf(body, rules) {
  const out = [];
  for (const b of body) {
    if (b.h1 !== undefined) out.push({ kind: 'h1', text: placeholders(b.h1, rules) });
    else if (b.h2 !== undefined) out.push({ kind: 'h2', text: placeholders(b.h2, rules) });
    else if (b.p !== undefined) out.push({ kind: 'p', text: placeholders(b.p, rules) });
    else if (b.clause || b.restate) for (const t of clauseText(b, rules)) out.push({ kind: 'p', text: t });
    else if (b.table) out.push({ kind: 'table', rows: b.table.map((row) => row.map((c) => placeholders(c, rules))) });
    else if (b.filler) for (let i = 0; i < b.filler; i++) out.push({ kind: 'p', text: FILLER[i % FILLER.length] });
    else throw new BidsBuildError(`unknown block ${JSON.stringify(b)}`);
  }
  return out;
}

/** Ordinary bid prose about other things (price, staffing, quality): pages that answer no requirement. */
export const FILLER = [
  'Verksamheten bedrivs i egna lokaler med kontor i centrala Exempelby och två satellitkontor.',
  'Vi använder ett digitalt planeringssystem som visar varje besök för brukaren och för personalen.',
  'Kvalitetsarbetet följer ISO 9001 och granskas årligen av en extern revisor.',
  'Fordonsparken består av elbilar och elcyklar som laddas vid kontoren.',
  'Nya medarbetare får en introduktion om tre dagar med en erfaren kollega som handledare.',
  'Avvikelser rapporteras i verksamhetssystemet och analyseras vid månatliga kvalitetsmöten.',
];

/** A DOCX of the blocks, with real heading styles and a table, as an own bid is written. */
export async function docxOf(blocks) {
  const children = [];
  for (const b of blocks) {
    if (b.kind === 'h1') children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 }));
    else if (b.kind === 'h2') children.push(new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 }));
    else if (b.kind === 'p')
      children.push(new Paragraph({ children: [new TextRun(b.text)], alignment: AlignmentType.LEFT }));
    else if (b.kind === 'table') {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (row, i) =>
              new TableRow({
                tableHeader: i === 0,
                children: row.map(
                  (c) =>
                    new TableCell({
                      children: [new Paragraph({ children: [new TextRun({ text: c, bold: i === 0 })] })],
                    }),
                ),
              }),
          ),
        }),
      );
      children.push(new Paragraph(''));
    }
  }
  const doc = new Document({ creator: 'jamkrav eval', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function markdownOf(blocks) {
  return `${blocks
    .map((b) =>
      b.kind === 'h1'
        ? `# ${b.text}`
        : b.kind === 'h2'
          ? `## ${b.text}`
          : b.kind === 'p'
            ? b.text
            : [b.rows[0], b.rows[0].map(() => '---'), ...b.rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n'),
    )
    .join('\n\n')}\n`;
}

/** Runs LibreOffice on files (one start for many), converting to `to` into `outDir`. */
export function soffice(files, to, outDir, profileDir) {
  if (files.length === 0) return;
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (r.status !== 0)
    throw new BidsBuildError(
      `soffice --convert-to ${to} failed: ${(r.stderr || r.error || '').toString().trim().split('\n').pop()}`,
    );
}

/** Builds one case into outDir/<case>/ and returns its labels. */
async function buildCase(file, outDir, work) {
  const name = basename(file, '.yaml');
  const spec = parse(readFileSync(file, 'utf8'));
  const t = spec.tender;
  const { loadCatalogue } = await dist('packs/index.js');
  const { generate } = await dist('generate/index.js');
  const packs = t.packs?.map((p) => (p.includes('/') ? resolve(dirname(file), p) : p));
  const catalogue = await loadCatalogue({ lang: t.lang, ...(packs ? { packs } : {}) });
  const common = { catalogue, lang: t.lang, level: t.level, meta: t.meta };
  const json = await generate({ ...common, format: 'json', answerForm: true });
  const appendix = JSON.parse(strFromU8(json.data));
  const labelWord =
    t.lang === 'sv'
      ? { req: 'Krav', award: 'Utvärderingskriterium' }
      : { req: 'Requirement', award: 'Award criterion' };
  const rules = new Map(
    appendix.rules.map((r) => [
      r.id,
      { ...r, label: `${r.kind === 'award-criterion' ? labelWord.award : labelWord.req} ${r.number}` },
    ]),
  );
  const dir = join(outDir, name);
  const bidsDir = join(dir, 'bids');
  mkdirSync(bidsDir, { recursive: true });
  let tenderFile;
  if (t.input === 'docx') {
    tenderFile = join(dir, t.lang === 'sv' ? 'bilaga.docx' : 'appendix.docx');
    writeFileSync(tenderFile, (await generate({ ...common, format: 'docx' })).data);
  } else {
    tenderFile = join(dir, t.lang === 'sv' ? 'bilaga.json' : 'appendix.json');
    writeFileSync(tenderFile, json.data);
  }
  writeFileSync(join(dir, t.lang === 'sv' ? 'svarsformular-tomt.docx' : 'answer-form-blank.docx'), json.answerForm);

  const toPdf = [];
  const toLo = [];
  const write = async (folder, f, tenderer) => {
    const target = join(folder, f.name);
    if (f.kind === 'form' || f.kind === 'form-lo') {
      const answers = Object.fromEntries(
        appendix.rules.map((r) => [r.id, { ...(f.all ?? {}), ...(f.answers?.[r.id] ?? {}) }]),
      );
      const bytes = fillForm(json.answerForm, answers, { name: tenderer.name ?? tenderer.id, org: tenderer.org ?? '' });
      if (f.kind === 'form') writeFileSync(target, bytes);
      else {
        const tmp = join(work, `${name}-${tenderer.id}-${f.name.replace(/\s+/g, '_')}`);
        writeFileSync(tmp, bytes);
        toLo.push({ tmp, target });
      }
    } else if (f.kind === 'docx') writeFileSync(target, await docxOf(blocksOf(f.body, rules)));
    else if (f.kind === 'pdf') {
      const tmp = join(work, `${name}-${tenderer.id}-${f.name.replace(/\s+/g, '_').replace(/\.pdf$/, '')}.docx`);
      writeFileSync(tmp, await docxOf(blocksOf(f.body, rules)));
      toPdf.push({ tmp, target });
    } else if (f.kind === 'md') writeFileSync(target, markdownOf(blocksOf(f.body, rules)));
    else if (f.kind === 'broken')
      writeFileSync(
        target,
        Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(64, 0x41)]),
      );
    else throw new BidsBuildError(`${name}: unknown file kind ${f.kind}`);
  };
  const labels = { case: name, tender: basename(tenderFile), packs: packs ?? [], lang: t.lang, tenderers: {} };
  for (const tenderer of spec.tenderers) {
    const folder = join(bidsDir, tenderer.id);
    mkdirSync(folder, { recursive: true });
    for (const f of tenderer.files) await write(folder, f, tenderer);
    const statuses = {};
    for (const r of appendix.rules) statuses[r.id] = tenderer.expect?.[r.id] ?? tenderer.default ?? 'not-answered';
    for (const id of Object.keys(tenderer.expect ?? {}))
      if (!rules.has(id))
        throw new BidsBuildError(`${name}/${tenderer.id}: expect names ${id}, which the appendix does not hold`);
    labels.tenderers[tenderer.id] = tenderer.unusable
      ? { unusable: true, statuses: {}, loose: 0 }
      : { statuses, loose: tenderer.loose ?? 0 };
  }
  for (const f of t['loose-files'] ?? []) await write(bidsDir, f, { id: 'loose' });

  const profile = join(work, 'profile');
  const pdfOut = join(work, 'pdf');
  const loOut = join(work, 'lo');
  mkdirSync(pdfOut, { recursive: true });
  mkdirSync(loOut, { recursive: true });
  soffice(
    toPdf.map((x) => x.tmp),
    'pdf',
    pdfOut,
    profile,
  );
  for (const x of toPdf) renameSync(join(pdfOut, basename(x.tmp).replace(/\.docx$/, '.pdf')), x.target);
  soffice(
    toLo.map((x) => x.tmp),
    'docx',
    loOut,
    profile,
  );
  for (const x of toLo) renameSync(join(loOut, basename(x.tmp)), x.target);
  writeFileSync(join(dir, 'labels.json'), `${JSON.stringify(labels, null, 2)}\n`);
  return { name, dir, labels };
}

/** Builds every case (or those named) into outDir. */
export async function buildBids({ outDir, cases } = {}) {
  if (!outDir) throw new BidsBuildError('no output folder given');
  const work = mkdtempSync(join(tmpdir(), 'jamkrav-bids-'));
  try {
    const files = readdirSync(BIDS_CASES)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .filter((f) => !cases || cases.includes(basename(f, '.yaml')));
    const out = [];
    for (const f of files) out.push(await buildCase(join(BIDS_CASES, f), outDir, work));
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  const i = process.argv.indexOf('--cases');
  try {
    if (!outDir) throw new BidsBuildError('usage: node eval/bids/build.mjs OUTDIR [--cases a,b]');
    const built = await buildBids({ outDir, ...(i > 0 ? { cases: process.argv[i + 1].split(',') } : {}) });
    for (const b of built)
      process.stderr.write(`built ${b.dir} (${Object.keys(b.labels.tenderers).length} tenderers)\n`);
  } catch (e) {
    if (!(e instanceof BidsBuildError)) throw e;
    process.stderr.write(`eval/bids/build: ${e.message}\n`);
    process.exit(2);
  }
}
