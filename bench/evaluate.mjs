// `npm run bench -- evaluate`: 20 tenderers, each a bid of about 100 pages (50 000 words of
// ordinary bid prose, a heading and an answer per requirement spread through it, a table of
// staff, and for every other tenderer the answer form as well), evaluated against both built-in
// packs at the leading level. Start-up included; median of 3 runs. Target: a few seconds.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { docxOf, FILLER, fillForm } from '../eval/bids/build.mjs';
import { measureCli, median, mdTable } from './lib.mjs';

const TENDERERS = 20;
/** Paragraphs of four filler sentences (~50 words): 1 000 of them is about 100 pages. */
const PARAGRAPHS = 1000;

async function makeBids(dir) {
  const { loadCatalogue } = await import('../dist/packs/index.js');
  const { generate } = await import('../dist/generate/index.js');
  const catalogue = await loadCatalogue();
  const r = await generate({ catalogue, level: 'leading', format: 'json', answerForm: true });
  writeFileSync(join(dir, 'bilaga.json'), r.data);
  const rules = JSON.parse(strFromU8(r.data)).rules;
  const answers = [
    'Vi accepterar kravet och redovisar vid startmötet.',
    'Vi kommer att uppfylla kravet under hela avtalstiden.',
    'Accepteras.',
    'Vi accepterar kravet under förutsättning att kommunen står för merkostnaden.',
  ];
  let words = 0;
  for (let t = 0; t < TENDERERS; t++) {
    const folder = join(dir, 'anbud', `anbudsgivare-${String(t + 1).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const blocks = [{ kind: 'h1', text: `Anbud från anbudsgivare ${t + 1}` }];
    const every = Math.floor(PARAGRAPHS / rules.length);
    for (let p = 0; p < PARAGRAPHS; p++) {
      const rule = rules[Math.floor(p / every)];
      if (p % every === 0 && rule) {
        blocks.push({
          kind: 'h2',
          text: `${rule.kind === 'award-criterion' ? 'Utvärderingskriterium' : 'Krav'} ${rule.number} ${rule.title}`,
        });
        blocks.push({ kind: 'p', text: answers[(t + rule.number) % answers.length] });
      }
      blocks.push({ kind: 'p', text: [0, 1, 2, 3].map((k) => FILLER[(p + k + t) % FILLER.length]).join(' ') });
      if (p % 200 === 100)
        blocks.push({
          kind: 'table',
          rows: [
            ['Roll', 'Kvinnor', 'Män'],
            ['Undersköterskor', '41', '9'],
            ['Arbetsledare', '3', '2'],
          ],
        });
    }
    words += blocks.reduce((n, b) => n + (b.text ?? '').split(/\s+/).length, 0);
    writeFileSync(join(folder, 'anbud.docx'), await docxOf(blocks));
    if (t % 2 === 0)
      writeFileSync(
        join(folder, 'svarsformular.docx'),
        fillForm(
          r.answerForm,
          Object.fromEntries(rules.map((x) => [x.id, { ticked: true, answer: 'Se vårt anbud.' }])),
          { name: `Anbudsgivare ${t + 1} AB`, org: '' },
        ),
      );
  }
  return { words: Math.round(words / TENDERERS) };
}

export async function benchEvaluate() {
  const dir = join('bench', 'out', 'evaluate');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { words } = await makeBids(dir);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    rmSync(join(dir, 'resultat.json'), { force: true });
    runs.push(
      measureCli([
        'evaluate',
        '--tender',
        join(dir, 'bilaga.json'),
        join(dir, 'anbud'),
        '-o',
        join(dir, 'resultat.json'),
        '--format',
        'json',
      ]),
    );
  }
  // A run that did not evaluate (exit 2) would time an error message: refuse to report it.
  for (const r of runs)
    if (r.code !== 1) throw new Error(`evaluate exited ${r.code}, expected 1 (every fourth answer is a reservation)`);
  const wall = median(runs.map((r) => r.wallMs));
  const rss = median(runs.map((r) => r.maxRssMB ?? 0));
  const all = wall;
  const protocol = measureCli([
    'evaluate',
    '--tender',
    join(dir, 'bilaga.json'),
    join(dir, 'anbud'),
    '-o',
    join(dir, 'protokoll.docx'),
    '-o',
    join(dir, 'matris.html'),
    '--force',
  ]);
  return `${mdTable(
    ['run', 'wall time', 'peak memory'],
    [
      [
        `20 tenderers × ~100-page DOCX bids (${words} words each, 18 requirements, half with the answer form), JSON ` +
          `out (median of 3)`,
        `${(all / 1000).toFixed(2)} s`,
        rss ? `${rss.toFixed(0)} MB` : '–',
      ],
      [
        'the same, protocol DOCX and HTML matrix out',
        `${(protocol.wallMs / 1000).toFixed(2)} s`,
        protocol.maxRssMB ? `${protocol.maxRssMB.toFixed(0)} MB` : '–',
      ],
    ],
  )}\n\nTarget: a few seconds (start-up included): ${wall < 5000 ? 'met' : '**not met**'}.`;
}
