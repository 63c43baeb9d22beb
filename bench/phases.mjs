// In-process phase timing over the bench corpus (one thread): where a file's time goes.
// Usage: node bench/phases.mjs [dir] [count]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const dir = process.argv[2] ?? 'bench/out/corpus';
const count = Number(process.argv[3] ?? 200);
const t0 = performance.now();
const { readDocumentBytes } = await import('../dist/documents/index.js');
const { loadCatalogue } = await import('../dist/packs/index.js');
const { createMatcher } = await import('../dist/lint/matcher.js');
const { prepare } = await import('../dist/match/index.js');
const t1 = performance.now();
const catalogue = await loadCatalogue();
const t2 = performance.now();
console.log(`imports ${(t1 - t0).toFixed(0)} ms, catalogue ${(t2 - t1).toFixed(0)} ms`);

const files = readdirSync(dir).filter((f) => f.endsWith('.docx') && !f.startsWith('big')).slice(0, count).map((f) => join(dir, f));
const bytes = files.map((f) => readFileSync(f));
const t = { inflate: 0, read: 0, prepare: 0, find: 0 };
const matcher = createMatcher();
let xmlBytes = 0;
for (let round = 0; round < 2; round++) {
  for (const k of Object.keys(t)) t[k] = 0;
  for (let i = 0; i < files.length; i++) {
    let s = performance.now();
    const z = unzipSync(bytes[i], { filter: (e) => e.name === 'word/document.xml' });
    xmlBytes += z['word/document.xml'].length;
    t.inflate += performance.now() - s;
    s = performance.now();
    const doc = await readDocumentBytes(files[i], bytes[i]);
    t.read += performance.now() - s;
    s = performance.now();
    prepare(doc.blocks);
    t.prepare += performance.now() - s;
    s = performance.now();
    matcher.detectLanguage(doc.blocks);
    const find = matcher.forDocument(doc.blocks);
    for (const r of catalogue.rules) if (r.scope === 'supplier') find(r);
    t.find += performance.now() - s;
  }
}
const n = files.length;
console.log(`${n} files, ${(xmlBytes / 2 / 1e6).toFixed(1)} MB document.xml`);
for (const [k, v] of Object.entries(t)) console.log(`${k.padEnd(8)} ${v.toFixed(0).padStart(6)} ms  ${(v / n).toFixed(2)} ms/file`);
console.log('(find includes a second prepare and language detection)');
