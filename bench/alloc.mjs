// Memory allocated while preparing documents for matching, by the function that allocates it:
// V8's sampling heap profiler, counting objects already collected too, over warm rounds.
// Allocation is what young-generation collections and the cold (not yet optimised) code pay for.
// Usage: node bench/alloc.mjs [tree] [dir] [count]   (tree: a built jamkrav tree, default .)
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';

const tree = resolve(process.argv[2] ?? '.');
const dir = process.argv[3] ?? 'bench/out/corpus';
const count = Number(process.argv[4] ?? 50);
const ROUNDS = 2;
const { readDocumentBytes } = await import(join(tree, 'dist/documents/index.js'));
const packs = await import(join(tree, 'dist/packs/index.js'));
const { createMatcher } = await import(join(tree, 'dist/lint/index.js'));
// Before the sentence-reading engine the matcher took no reading vocabulary.
const matcher = createMatcher(packs.loadReading ? (await packs.loadReading()).spec : undefined);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.docx') && !f.startsWith('big'))
  .slice(0, count)
  .map((f) => join(dir, f));
const docs = [];
for (const f of files) docs.push(await readDocumentBytes(f, readFileSync(f)));
const prepareAll = () => {
  for (const d of docs) {
    matcher.detectLanguage(d.blocks);
    matcher.forDocument(d.blocks);
  }
};
prepareAll(); // warm-up: the JIT and the session's words

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let r = 0; r < ROUNDS; r++) prepareAll();
const { profile } = await session.post('HeapProfiler.stopSampling');

const bySite = new Map();
const walk = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const site = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
const perDoc = (bytes) => (bytes / (ROUNDS * docs.length) / 1024).toFixed(0);
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
console.log(`${tree}: ${perDoc(total)} KB allocated per prepared document (${docs.length} documents)`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`${perDoc(bytes).padStart(6)} KB  ${site}`);
