// In-process phase timing over the bench corpus (one thread): where a file's time goes.
// Usage: node bench/phases.mjs [dir] [count] [repeats]
// `prepare` is one session.prepare() per file; `find` is session.find for every supplier rule on
// that prepared text (evidence compiled once per run, as lint/matcher.ts does), without a second
// prepare. `lint` is the whole lintDocument per file (prepare, find, suppressions, the weak checks
// of the built-in weak pack and the language checks with both built-in language packs): `lint`
// less `prepare` and `find` is roughly what the writing checks cost. Each phase reports the
// minimum over `repeats` rounds (after one warm-up round), since the machine is shared and a
// single run is noisy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const dir = process.argv[2] ?? 'bench/out/corpus';
const count = Number(process.argv[3] ?? 200);
const repeats = Number(process.argv[4] ?? 3);
const t0 = performance.now();
const { readDocumentBytes } = await import('../dist/documents/index.js');
const { loadCatalogue } = await import('../dist/packs/index.js');
const { MatchSession } = await import('../dist/match/index.js');
const { loadReading } = await import('../dist/packs/index.js');
const { createMatcher, lintDocument } = await import('../dist/lint/index.js');
const { BUILTIN_LANGUAGE_PACKS, loadBuiltinWeakPack, loadLanguagePackByName } = await import('../dist/packs/index.js');
const { compileWeakPack, LanguageChecks } = await import('../dist/quality/index.js');
const t1 = performance.now();
const catalogue = await loadCatalogue();
const t2 = performance.now();
const languagePacks = [];
for (const id of BUILTIN_LANGUAGE_PACKS)
  languagePacks.push((await loadLanguagePackByName(id, process.cwd(), 'en')).pack);
const language = new LanguageChecks(languagePacks);
const weak = compileWeakPack((await loadBuiltinWeakPack('en')).pack);
const reading = (await loadReading()).spec;
const matcher = createMatcher(reading);
const session = new MatchSession(reading);
console.log(`imports ${(t1 - t0).toFixed(0)} ms, catalogue ${(t2 - t1).toFixed(0)} ms`);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.docx') && !f.startsWith('big'))
  .slice(0, count)
  .map((f) => join(dir, f));
const bytes = files.map((f) => readFileSync(f));
const rules = catalogue.rules.filter((r) => r.scope === 'supplier').map((r) => session.compile(r.evidence));
const docs = [];
const best = { inflate: Infinity, read: Infinity, prepare: Infinity, find: Infinity, lint: Infinity };
const whole = [];
let xmlBytes = 0;
for (let round = 0; round <= repeats; round++) {
  const t = { inflate: 0, read: 0, prepare: 0, find: 0, lint: 0 };
  xmlBytes = 0;
  for (let i = 0; i < files.length; i++) {
    let s = performance.now();
    const z = unzipSync(bytes[i], { filter: (e) => e.name === 'word/document.xml' });
    xmlBytes += z['word/document.xml'].length;
    t.inflate += performance.now() - s;
    s = performance.now();
    const doc = await readDocumentBytes(files[i], bytes[i]);
    t.read += performance.now() - s;
    docs[i] = doc.blocks;
    whole[i] = doc;
  }
  for (let i = 0; i < files.length; i++) {
    let s = performance.now();
    const text = session.prepare(docs[i]);
    t.prepare += performance.now() - s;
    s = performance.now();
    for (const evidence of rules) session.find(text, evidence);
    t.find += performance.now() - s;
  }
  for (let i = 0; i < files.length; i++) {
    const s = performance.now();
    lintDocument(whole[i], catalogue.rules, { level: 'base', lang: 'sv', matcher, language, weak });
    t.lint += performance.now() - s;
  }
  // Round 0 warms up the JIT and the per-pattern caches.
  if (round > 0) for (const k of Object.keys(t)) best[k] = Math.min(best[k], t[k]);
}
const n = files.length;
console.log(
  `${n} files, ${(xmlBytes / 1e6).toFixed(1)} MB document.xml, ${rules.length} rules, min of ${repeats} rounds`,
);
for (const [k, v] of Object.entries(best))
  console.log(`${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms  ${(v / n).toFixed(2)} ms/file`);
