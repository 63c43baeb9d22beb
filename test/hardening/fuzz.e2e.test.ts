// The built CLI on random inputs, bounded for `npm test` like fuzz.test.ts (the same fixed seed and
// seeds): mutated DOCX, ODT and text files in one folder end in exit 0, 1 or 2, one clean line per
// unreadable file, and no stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fc, loadSeeds, mutatedZip, textBytes, type Seeds } from '../../bench/fuzz-lib.mjs';
import { generate } from '../../src/generate/index.js';
import { loadCatalogue } from '../../src/packs/index.js';
import { jamkrav } from '../cli/run.js';
import { expectCleanStderr, ROOT } from './helpers.js';

/** Fixed, so a failure here replays exactly (the same as fuzz.test.ts). */
const SEED = 20_260_101;

let dir: string;
let seeds: Seeds;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jamkrav-fuzz-'));
  const catalogue = await loadCatalogue({ packs: [join(ROOT, 'test/fixtures/generate/test-pack.yaml')] });
  // A generated appendix is a seed too: real Word markup, as officers send it.
  const appendix = await generate({ catalogue, meta: { tender: { title: 'Fuzz' } }, date: '2026-01-01' });
  seeds = loadSeeds(ROOT, { docx: [appendix.data] });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the built CLI on random inputs', () => {
  it('exit 0, 1 or 2; stderr holds one jamkrav: line per bad file and no stack trace', () => {
    const files = fc.tuple(
      mutatedZip(seeds.docx, 'docx'),
      mutatedZip(seeds.odt, 'odt'),
      textBytes(seeds.texts),
      textBytes(seeds.texts),
    );
    fc.assert(
      fc.property(files, ([docx, odt, md, txt]) => {
        const cwd = mkdtempSync(join(dir, 'cli-'));
        writeFileSync(join(cwd, 'a.docx'), docx);
        writeFileSync(join(cwd, 'b.odt'), odt);
        writeFileSync(join(cwd, 'c.md'), md);
        writeFileSync(join(cwd, 'd.txt'), txt);
        const r = jamkrav(['lint', '.', '--format', 'json', '--lang', 'en'], { cwd });
        expect([0, 1, 2]).toContain(r.code);
        const lines = expectCleanStderr(r.stderr);
        const report = JSON.parse(r.stdout) as { files: { path: string; error: string | null }[] };
        const bad = report.files.filter((f) => f.error !== null);
        // One line per unreadable file, naming it; the rest are notices (e.g. an encoding fallback).
        for (const f of bad) expect(lines.filter((l) => l.startsWith(`jamkrav: ${f.path}: `))).toHaveLength(1);
        expect(r.code === 2).toBe(bad.length > 0);
        rmSync(cwd, { recursive: true, force: true });
      }),
      { seed: SEED, numRuns: 5 },
    );
  });
});
