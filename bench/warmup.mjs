// How a run's documents get faster as the JIT warms up: lints the bench corpus in this thread,
// in the order lint takes it, and prints the time of each 20 documents; then once more, warm.
// Usage: node bench/warmup.mjs [dir]   (after `npm run build` and `npm run bench -- lint`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'bench/out/corpus';
const CHUNK = 20;
const { readDocumentBytes } = await import('../dist/documents/index.js');
const { loadCatalogue, loadReading, loadBuiltinWeakPack } = await import('../dist/packs/index.js');
const { createMatcher, lintDocument } = await import('../dist/lint/index.js');
const { compileWeakPack } = await import('../dist/quality/index.js');
const catalogue = await loadCatalogue();
const weak = compileWeakPack((await loadBuiltinWeakPack('en')).pack);
const matcher = createMatcher((await loadReading()).spec);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.docx') && !f.startsWith('big'))
  .sort()
  .map((f) => join(dir, f));
const docs = [];
for (const f of files) docs.push(await readDocumentBytes(f, readFileSync(f)));
// As lint does before its first document (src/lint/pool.ts).
matcher.compile(catalogue.rules);

for (const round of ['cold', 'warm']) {
  const chunks = [];
  let sum = 0;
  for (let i = 0; i < docs.length; i++) {
    const start = performance.now();
    lintDocument(docs[i], catalogue.rules, { level: 'base', lang: 'sv', matcher, weak });
    sum += performance.now() - start;
    if (i % CHUNK === CHUNK - 1 || i === docs.length - 1) {
      chunks.push(sum.toFixed(0));
      sum = 0;
    }
  }
  console.log(`${round}: ms per ${CHUNK} documents: ${chunks.join(' ')}`);
}
