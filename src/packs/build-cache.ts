// Build step (`npm run build`): writes the JSON copies of the built-in packs (see yaml/cache.ts),
// by loading each one the way a lint run does; a load that misses the cache writes it.
// Run as `node dist/packs/build-cache.js`; exits 1 if a built-in pack does not load.
import { BUILTIN_LANGUAGE_PACKS, loadLanguagePackByName } from '../quality/load.js';
import { BUILTIN_PACKS, builtinPackPath } from './builtin.js';
import { loadPackFile } from './load.js';
import { loadReading } from './reading.js';

async function main(): Promise<number> {
  let failed = 0;
  for (const id of BUILTIN_PACKS) {
    const { pack, problems } = await loadPackFile(builtinPackPath(id), { lang: 'en', trustBuiltin: true });
    if (!pack) {
      failed++;
      for (const p of problems) process.stderr.write(`${p.file}:${p.pos.line}:${p.pos.col}: ${p.message}\n`);
    }
  }
  for (const id of BUILTIN_LANGUAGE_PACKS) {
    const { pack, problems } = await loadLanguagePackByName(id, process.cwd(), 'en');
    if (!pack) {
      failed++;
      for (const p of problems) process.stderr.write(`${p.file}:${p.pos.line}:${p.pos.col}: ${p.message}\n`);
    }
  }
  const reading = await loadReading(undefined, 'en');
  if (!reading.spec) {
    failed++;
    for (const p of reading.problems) process.stderr.write(`${p.file}:${p.pos.line}:${p.pos.col}: ${p.message}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
