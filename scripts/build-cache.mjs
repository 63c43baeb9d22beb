// @ts-check
// Build step (`npm run build`, after tsc): writes the JSON copies of the built-in packs of every
// kind (see src/yaml/cache.ts) by loading each one the way a run does; a load that misses the
// cache writes it, so no run needs the YAML parser for a built-in pack. Every built-in pack is
// checked on the way: the script exits 1 if one does not load.
import { BUILTIN_BY_KIND, loadPack, PACK_KINDS } from '../dist/packs/index.js';

let failed = 0;
for (const kind of PACK_KINDS) {
  for (const id of BUILTIN_BY_KIND[kind]) {
    const { pack, problems } = await loadPack(id, { lang: 'en', trustBuiltin: true });
    if (pack) continue;
    failed++;
    for (const p of problems) process.stderr.write(`${p.file}:${p.pos.line}:${p.pos.col}: ${p.message}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
