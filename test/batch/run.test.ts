// runBatch in this thread (vitest runs TypeScript, so there is no built worker here: the pool
// itself is tested through the built CLI in cli.e2e.test.ts). Partial failure, dry run, --force,
// unchanged re-runs, determinism and sharding.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { BatchOptions, BatchReport } from '../../src/batch/index.js';
import { mergeMeta } from '../../src/batch/prepare.js';
import { manyTenders, scratch, tree } from './helpers.js';

const run = (dir: string, opts: Partial<BatchOptions> = {}) =>
  runBatch({ manifest: 'plan.yaml', out: 'ut', lang: 'en', cwd: dir, jobs: 1, ...opts });

const MIXED = `defaults: { packs: [pack.yaml], template: mall.docx, meta: { authority: { name: Exempelby kommun } } }
tenders:
  - output: good-1.docx
    meta: { tender: { title: Good one, date: "2026-01-01" } }
  - output: bad-template.docx
    template: trasig.docx
  - output: bad-meta.docx
    meta: fel.yaml
  - output: good-2.md
  - output: unknown-rule.docx
    rules: [test.nonexistent]
  - output: good-3.json
    date: "2026-02-02"
`;

describe('a failing tender never stops the others', () => {
  it('writes the good ones and reports each failure with its cause', async () => {
    const dir = scratch({ 'plan.yaml': MIXED, 'trasig.docx': 'not a zip', 'fel.yaml': 'tender:\n  type: boats\n' });
    const r = await run(dir);
    expect(r.outcomes.map((o) => [o.output, o.status])).toEqual([
      ['good-1.docx', 'written'],
      ['bad-template.docx', 'failed'],
      ['bad-meta.docx', 'failed'],
      ['good-2.md', 'written'],
      ['unknown-rule.docx', 'failed'],
      ['good-3.json', 'written'],
    ]);
    expect(r.outcomes[1]!.error).toMatch(/^trasig\.docx: is not a DOCX document/);
    expect(r.outcomes[2]!.error).toMatch(/^fel\.yaml:2:9: tender\.type must be one of/);
    expect(r.outcomes[4]!.error).toMatch(/test\.nonexistent/);
    expect(Object.keys(tree(join(dir, 'ut')))).toEqual(['good-1.docx', 'good-2.md', 'good-3.json']);
    expect(r.outcomes[0]).toMatchObject({ title: 'Good one', rules: 5 });
  });

  it("merges the defaults' metadata under each tender's, field by field", () => {
    expect(
      mergeMeta([
        { authority: { name: 'A', contact: 'c' }, tender: { title: 'x' } },
        { authority: { name: 'B' }, fields: { f: 'v' } },
      ]),
    ).toEqual({
      authority: { name: 'B', contact: 'c' },
      tender: { title: 'x' },
      fields: { f: 'v' },
    });
  });
});

describe('existing files', () => {
  it('--dry-run makes every appendix, checks every input and writes nothing', async () => {
    const dir = scratch({ 'plan.yaml': MIXED, 'trasig.docx': 'x', 'fel.yaml': 'tender: 1\n' });
    const r = await run(dir, { dryRun: true });
    expect(existsSync(join(dir, 'ut'))).toBe(false);
    // The unknown rule id fails here as it fails the real run, not only when it is written.
    expect(r.outcomes.map((o) => o.status)).toEqual(['written', 'failed', 'failed', 'written', 'failed', 'written']);
    expect(r.dryRun).toBe(true);
  });

  it('--dry-run predicts exactly the statuses and errors the real run then reports', async () => {
    const plan = `defaults: { packs: [pack.yaml], meta: { tender: { title: T, date: "2026-01-01" } } }
tenders:
  - output: new.docx
  - output: same.docx
  - output: edited.docx
  - output: unknown-exclude.docx
    exclude: [test.nonexistent]
  - output: bad-template.docx
    template: trasig.docx
  - output: fifo.docx
  - output: folder.docx
  - output: a-file/x.docx
  - output: with-form.docx
    answerForm: true
`;
    const dir = scratch({ 'plan.yaml': plan, 'trasig.docx': 'not a zip' });
    await run(dir);
    rmSync(join(dir, 'ut/new.docx'));
    writeFileSync(join(dir, 'ut/edited.docx'), 'edited by hand');
    rmSync(join(dir, 'ut/fifo.docx'));
    execFileSync('mkfifo', [join(dir, 'ut/fifo.docx')]);
    rmSync(join(dir, 'ut/folder.docx'));
    mkdirSync(join(dir, 'ut/folder.docx'));
    rmSync(join(dir, 'ut/a-file'), { recursive: true });
    writeFileSync(join(dir, 'ut/a-file'), 'a file where a folder should be');
    rmSync(join(dir, 'ut/with-form-form.docx'));
    const before = tree(join(dir, 'ut'));

    const seen = (r: BatchReport) =>
      r.outcomes.map((o) => [
        o.output,
        o.status,
        o.error ?? '',
        (o.files ?? []).map((f) => `${f.output} ${f.status}`).join(', '),
      ]);
    const predicted = await run(dir, { dryRun: true });
    expect(tree(join(dir, 'ut'))).toEqual(before);
    const real = await run(dir);
    expect(seen(predicted)).toEqual(seen(real));
    expect(seen(real).map(([output, status]) => `${output} ${status}`)).toEqual([
      'new.docx written',
      'same.docx unchanged',
      'edited.docx kept',
      'unknown-exclude.docx failed',
      'bad-template.docx failed',
      'fifo.docx failed',
      'folder.docx failed',
      'a-file/x.docx failed',
      'with-form.docx written',
    ]);
    expect(real.outcomes[8]!.files!.map((f) => [f.role, f.status, f.exists])).toEqual([
      ['appendix', 'unchanged', true],
      ['answerForm', 'written', false],
    ]);

    // With --force the edited file is replaced, and the dry run says so first.
    writeFileSync(join(dir, 'ut/edited.docx'), 'edited again');
    const forced = await run(dir, { dryRun: true, force: true });
    expect(forced.outcomes[2]!.files).toEqual([
      { role: 'appendix', output: 'edited.docx', shown: 'ut/edited.docx', status: 'written', exists: true },
    ]);
    expect(seen(await run(dir, { force: true }))).toEqual(seen(forced));
  });

  it('leaves identical files untouched, keeps changed ones, and replaces them only with --force', async () => {
    const dir = scratch({ 'plan.yaml': manyTenders(3) });
    await run(dir);
    const first = tree(join(dir, 'ut'));
    const again = await run(dir);
    expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    writeFileSync(join(dir, 'ut/t001.docx'), 'edited by hand');
    const kept = await run(dir);
    expect(kept.outcomes.map((o) => o.status)).toEqual(['unchanged', 'kept', 'unchanged']);
    expect(kept.outcomes[1]!.error).toBe('the file already exists with other content; use --force to overwrite it');
    expect(readFileSync(join(dir, 'ut/t001.docx'), 'utf8')).toBe('edited by hand');

    const forced = await run(dir, { force: true });
    expect(forced.outcomes.map((o) => o.status)).toEqual(['unchanged', 'written', 'unchanged']);
    expect(tree(join(dir, 'ut'))).toEqual(first);
  });
});

describe('determinism', () => {
  it('gives byte-identical outputs from two runs into different folders', async () => {
    const dir = scratch({
      'plan.yaml': manyTenders(6).replace(
        'defaults: { packs: [pack.yaml] }',
        'defaults: { packs: [pack.yaml], template: mall.docx }',
      ),
    });
    await run(dir, { out: 'a' });
    await run(dir, { out: 'b' });
    const a = tree(join(dir, 'a'));
    expect(Object.keys(a)).toHaveLength(6);
    expect(tree(join(dir, 'b'))).toEqual(a);
  });
});

describe('--shard', () => {
  it('splits the tenders into disjoint shards whose union is the unsharded run, the same every time', async () => {
    const dir = scratch({ 'plan.yaml': manyTenders(24) });
    await run(dir, { out: 'alla' });
    const whole = tree(join(dir, 'alla'));
    const parts = [];
    for (const index of [1, 2, 3]) {
      const r = await run(dir, { out: 'delar', shard: { index, count: 3 } });
      expect(r.total).toBe(24);
      parts.push(r.outcomes.map((o) => o.output));
      const again = await run(dir, { out: `igen-${index}`, shard: { index, count: 3 }, dryRun: true });
      expect(again.outcomes.map((o) => o.output)).toEqual(parts[index - 1]);
    }
    expect(parts.flat().sort()).toEqual(Object.keys(whole).sort());
    expect(new Set(parts.flat()).size).toBe(24);
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
    expect(tree(join(dir, 'delar'))).toEqual(whole);
  });
});

describe('folders', () => {
  it('creates --out and folders inside it as needed', async () => {
    const dir = scratch({ 'plan.yaml': 'defaults: { packs: [pack.yaml] }\ntenders:\n  - output: 2027/vår/a.md\n' });
    mkdirSync(join(dir, 'x'));
    await run(dir, { out: 'djup/ut' });
    expect(existsSync(join(dir, 'djup/ut/2027/vår/a.md'))).toBe(true);
  });
});
