// @ts-check
// Build step (`npm run build`, after tsc): bundles the CLI and its three worker scripts into
// dist/bundle/. Node's ESM loader opens, stats and compiles every module file on its own; the
// CLI's ~100 small modules cost a lint run about 100 ms before it starts, and every worker
// thread pays that again. A handful of chunks load in a fraction of it. Commands stay lazy:
// each dynamic import becomes a chunk of its own. The packages every run loads are bundled
// too: commander, picomatch and ignore are CommonJS, and importing one from ESM makes Node
// resolve its package files and scan its source for exports (a lint run of the bench folder
// ran 0.8% more instructions with them outside). The packages only some inputs need stay
// imports, loaded when needed as before: pdfjs-dist (it finds its worker and data files beside
// itself), ajv and yaml (a user's own packs and config).
// The library API (dist/index.js) stays unbundled for those who import it.
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const DIST = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist');
const OUT = join(DIST, 'bundle');

await rm(OUT, { recursive: true, force: true });
const bundle = await rolldown({
  input: {
    cli: join(DIST, 'cli/main.js'),
    // The pools find these beside themselves, by these names (see lint/pool.ts, batch/pool.ts).
    'lint-worker': join(DIST, 'lint/lint-worker.js'),
    'read-worker': join(DIST, 'lint/read-worker.js'),
    'batch-worker': join(DIST, 'batch/batch-worker.js'),
    // documents/pdf-open.ts starts it beside itself, by this name.
    'pdf-thread': join(DIST, 'documents/pdf-thread.js'),
  },
  platform: 'node',
  external: [/^node:/, /^pdfjs-dist(\/|$)/, /^ajv(\/|$)/, /^yaml$/],
  logLevel: 'warn',
});
await bundle.write({ dir: OUT, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
