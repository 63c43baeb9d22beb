// How a lint run's time per file falls as the run goes on: lintDocument for each file of the corpus
// once, in order, in a fresh process (as a lint run on one thread meets them: cold code, words
// never seen), summed over the first file, files 2-10, 11-20, 21-50 and the rest. Comparing two
// trees shows how much of the difference is start-up and cold code and how much is per file.
// Usage: node bench/first-files.mjs [tree] [dir]   (tree: a built jamkrav tree, default .)
// The documents are read before timing starts; `matcher` is creating the matcher (the reading
// vocabulary compiled, where the tree has one). Rule evidence compiles during the first file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const tree = resolve(process.argv[2] ?? '.');
const dir = resolve(process.argv[3] ?? 'bench/out/corpus');
const { readDocumentBytes } = await import(join(tree, 'dist/documents/index.js'));
const packs = await import(join(tree, 'dist/packs/index.js'));
const { createMatcher, lintDocument } = await import(join(tree, 'dist/lint/index.js'));
// Older trees export the language packs from quality/ and have no weak pack or reading vocabulary.
const quality = await import(join(tree, 'dist/quality/index.js'));
const languages = packs.BUILTIN_LANGUAGE_PACKS ? packs : quality;
const catalogue = await packs.loadCatalogue();
const languagePacks = [];
for (const id of languages.BUILTIN_LANGUAGE_PACKS)
  languagePacks.push((await languages.loadLanguagePackByName(id, tree, 'en')).pack);
// Newer trees take the packs compiled once per run (older ones the packs themselves).
const language = quality.LanguageChecks ? new quality.LanguageChecks(languagePacks) : undefined;
const weak = packs.loadBuiltinWeakPack
  ? quality.compileWeakPack((await packs.loadBuiltinWeakPack('en')).pack)
  : undefined;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.docx') && !f.startsWith('big'))
  .map((f) => join(dir, f));
const docs = [];
for (const f of files) docs.push(await readDocumentBytes(f, readFileSync(f)));

let t = performance.now();
const matcher = createMatcher(packs.loadReading ? (await packs.loadReading()).spec : undefined);
const parts = [`matcher ${(performance.now() - t).toFixed(0)} ms`];
const ends = [1, 10, 20, 50, docs.length];
let from = 0;
let total = 0;
for (const end of ends) {
  t = performance.now();
  for (let i = from; i < end; i++)
    lintDocument(docs[i], catalogue.rules, { level: 'base', lang: 'sv', matcher, languagePacks, language, weak });
  const ms = performance.now() - t;
  total += ms;
  parts.push(`files ${from + 1}-${end} ${ms.toFixed(0)} ms (${(ms / (end - from)).toFixed(2)}/file)`);
  from = end;
}
console.log(`${tree}: ${parts.join(', ')}; all ${total.toFixed(0)} ms`);
