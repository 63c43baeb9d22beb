// `jamkrav batch --dry-run` through the built binary: it runs every check the real run does and
// says, file by file (answer forms and annexes included), what the real run will then report.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jamkrav, scratch, tree } from './helpers.js';

const PLAN =
  'defaults: { packs: [pack.yaml], meta: { tender: { date: "2026-03-01" }, ' +
  `authority: { name: Exempelby kommun } } }
tenders:
  - output: hemtjanst.docx
    meta: { tender: { title: Hemtjänst 2027 } }
    answerForm: true
    annex: intern/hemtjanst-motiv.md
  - output: skolskjuts.docx
    meta: { tender: { title: Skolskjuts } }
    exclude: [test.nonexistent]
  - output: lokalvard.md
    meta: { tender: { title: Lokalvård } }
`;

/** The plan's rows without the header, the padding collapsed to `|`. */
const rows = (stdout: string) =>
  stdout
    .split('\n')
    .slice(2)
    .filter((l) => l !== '' && !l.startsWith('dry run') && !l.startsWith('torrkörning'))
    .map((l) => l.trim().split(/ {2,}/).join(' | '));

describe('jamkrav batch --dry-run', { timeout: 60_000 }, () => {
  it('fails the tender the real run fails (an unknown rule id in exclude), and lists the answer form and annex', () => {
    const dir = scratch({ 'plan.yaml': PLAN });
    const dry = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--dry-run'], dir);
    expect(existsSync(join(dir, 'ut'))).toBe(false);
    expect(rows(dry.stdout)).toEqual([
      'Hemtjänst 2027 | hemtjanst.docx | docx | base | en | built-in | in the manifest + in the manifest | new',
      'hemtjanst-form.docx | docx (answer form) | new',
      "intern/hemtjanst-motiv.md | md (authority's annex) | new",
      'Skolskjuts | skolskjuts.docx | docx | base | en | built-in | in the manifest + in the manifest | failed: ' +
        '--exclude: unknown rule "test.nonexistent" (see `jamkrav rules list`)',
      'Lokalvård | lokalvard.md | md | base | en | built-in | in the manifest + in the manifest | new',
    ]);
    expect(dry.stdout).toContain(
      '\ndry run, nothing written: 3 tenders: 2 would be written, 0 unchanged, 0 would be kept, 1 failed\n',
    );
    // The failure is in the plan; stderr does not say it twice.
    expect(dry.stderr).not.toContain('test.nonexistent');
    // The dry run exits as the real run will.
    const real = jamkrav(['batch', 'plan.yaml', '--out', 'ut'], dir);
    expect([dry.code, real.code]).toEqual([1, 1]);
    expect(real.stdout).toMatch(/Skolskjuts +skolskjuts\.docx +— +0 +failed/);
  });

  it('says unchanged for the files a second run leaves alone, kept for an edited one', () => {
    const dir = scratch({ 'plan.yaml': PLAN.replace('    exclude: [test.nonexistent]\n', '') });
    expect(jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'sv'], dir).code).toBe(0);
    const before = tree(join(dir, 'ut'));
    const dry = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--dry-run', '--lang', 'sv'], dir);
    expect(dry.code).toBe(0);
    expect(rows(dry.stdout).map((r) => r.split(' | ').pop())).toEqual([
      'oförändrad',
      'oförändrad',
      'oförändrad',
      'oförändrad',
      'oförändrad',
    ]);
    expect(dry.stdout).toContain(
      '\ntorrkörning, inget skrevs: 3 upphandlingar: 0 skulle skrivas, 3 oförändrade, 0 skulle behållas, 0 fel\n',
    );

    writeFileSync(join(dir, 'ut/intern/hemtjanst-motiv.md'), 'ändrad för hand\n');
    const kept = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--dry-run', '--lang', 'sv'], dir);
    expect(rows(kept.stdout)[2]).toBe(
      'intern/hemtjanst-motiv.md | md (myndighetens bilaga) | behålls: annat innehåll (--force skriver över)',
    );
    expect(kept.code).toBe(1);
    const forced = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--dry-run', '--force', '--lang', 'sv'], dir);
    expect(rows(forced.stdout)[2]).toMatch(/ \| skrivs över \(--force\)$/);
    expect(forced.code).toBe(0);
    expect(tree(join(dir, 'ut'))).toEqual({ ...before, 'intern/hemtjanst-motiv.md': Buffer.from('ändrad för hand\n') });
  });
});
