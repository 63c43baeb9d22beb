// Property-based fuzzing, bounded for `npm test` (a fixed seed, ~130 inputs per target, a few
// seconds); `npm run fuzz` runs the same targets on many more inputs (bench/fuzz.mjs).
// The property: every input ends in a value or a clean UserError (one line, naming the file),
// never another exception, a hang, or a change to Object.prototype. The built CLI on random
// inputs: fuzz.e2e.test.ts.
import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fc,
  loadSeeds,
  makeTargets,
  outcome,
  prototypeKeys,
  type FuzzApi,
  type Seeds,
  type Target,
} from '../../bench/fuzz-lib.mjs';
import { loadManifest } from '../../src/batch/index.js';
import { readDocumentBytes } from '../../src/documents/index.js';
import { isUserError } from '../../src/errors.js';
import { generate, parseMeta } from '../../src/generate/index.js';
import { loadConfig } from '../../src/config/index.js';
import { lintFiles } from '../../src/lint/index.js';
import { loadCatalogue, loadPackFile, validatePacks } from '../../src/packs/index.js';
import { ROOT } from './helpers.js';

/** Fixed, so a failure here replays exactly; `npm run fuzz` prints the seed it used. */
const SEED = 20_260_101;
const RUNS = 130;
/** Far above any real input (the slowest seen in `npm run fuzz` is well under a second). */
const PER_INPUT_MS = 5_000;

let dir: string;
let seeds: Seeds;
let targets: Target[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamkrav-fuzz-'));
  const catalogue = await loadCatalogue({ packs: [join(ROOT, 'test/fixtures/generate/test-pack.yaml')] });
  // A generated appendix is a seed too: real Word markup, as officers send it.
  const appendix = await generate({ catalogue, meta: { tender: { title: 'Fuzz' } }, date: '2026-01-01' });
  seeds = loadSeeds(ROOT, { docx: [appendix.data] });
  const api: FuzzApi = {
    readDocumentBytes,
    loadPackFile,
    validatePacks,
    loadCatalogue,
    loadConfig,
    lintFiles,
    loadManifest,
    parseMeta,
    generate: generate as FuzzApi['generate'],
    catalogue,
    stringify,
    fs,
  };
  targets = makeTargets(api, seeds, dir);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('every input ends in a result or a clean error (library)', () => {
  it("the seeds are the project's own fixtures, of every kind", () => {
    for (const [kind, list] of Object.entries(seeds)) expect(list.length, kind).toBeGreaterThan(0);
    expect(targets.map((t) => t.name)).toEqual([
      'docx',
      'odt',
      'markdown-text',
      'pack',
      'config',
      'manifest',
      'meta',
      'template',
    ]);
  });

  for (const name of ['docx', 'odt', 'markdown-text', 'pack', 'config', 'manifest', 'meta', 'template']) {
    it(`${name}: ${RUNS} mutated inputs, none crashes, hangs or pollutes Object.prototype`, async () => {
      const target = targets.find((t) => t.name === name)!;
      const before = prototypeKeys();
      const seen = { value: 0, 'user-error': 0 };
      await fc.assert(
        fc.asyncProperty(target.arb, async (input) => {
          const o = await outcome(() => target.run(input), isUserError);
          if (!o.ok) throw o.error;
          expect(o.ms).toBeLessThan(PER_INPUT_MS);
          expect(prototypeKeys()).toBe(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          seen[o.kind as 'value' | 'user-error']++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Both outcomes occur: the mutations are neither all harmless nor all fatal.
      expect(seen['user-error']).toBeGreaterThan(0);
      expect(seen.value).toBeGreaterThan(0);
    });
  }

  it('the zip mutations include overlapping entries and understated sizes, and each is refused as such', async () => {
    const docx = targets.find((t) => t.name === 'docx')!;
    const messages: string[] = [];
    for (const input of fc.sample(docx.arb, { seed: SEED + 2, numRuns: 300 })) {
      await docx.run(input).catch((e: unknown) => {
        if (!isUserError(e)) throw e;
        messages.push(e.message);
      });
    }
    expect(messages.filter((m) => m.includes('point at the same compressed data')).length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.includes('inflates to more than')).length).toBeGreaterThan(0);
  });

  it('heap use stays bounded over a run of hostile documents', async () => {
    const docx = targets.find((t) => t.name === 'docx')!;
    globalThis.gc?.();
    const start = process.memoryUsage().heapUsed;
    for (const input of fc.sample(docx.arb, { seed: SEED + 1, numRuns: 80 }))
      await outcome(() => docx.run(input), isUserError);
    globalThis.gc?.();
    // Retained growth well under the input volume: nothing read is kept after its run.
    expect(process.memoryUsage().heapUsed - start).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('the long run', () => {
  it('a crash found by the fuzzer is saved for replay (the long run: npm run fuzz)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.fuzz).toBe('npm run build --silent && node bench/fuzz.mjs');
    const script = readFileSync(join(ROOT, 'bench/fuzz.mjs'), 'utf8');
    expect(script).toContain("'bench/out/fuzz-crashes'");
    expect(script).toContain('maxOldGenerationSizeMb: HEAP_MB');
  });
});
