// Output names are checked before anything is written: nothing may leave --out, and no two
// tenders may write the same file. Every problem is positioned and the run writes nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestError, problemLine, runBatch } from '../../src/batch/index.js';
import { outputNameProblem } from '../../src/batch/outputs.js';
import { scratch } from './helpers.js';

/** Runs a manifest that must be refused; returns its problem lines and checks nothing was written. */
async function refused(
  manifest: string,
  setup: (dir: string) => void = () => {},
  name = 'plan.yaml',
): Promise<string[]> {
  const dir = scratch({ [name]: manifest });
  mkdirSync(join(dir, 'ut'));
  setup(dir);
  const before = readdirSync(join(dir, 'ut'));
  const e = await runBatch({ manifest: name, out: 'ut', lang: 'en', cwd: dir, jobs: 1 }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ManifestError);
  expect(readdirSync(join(dir, 'ut'))).toEqual(before);
  return (e as ManifestError).problems.map((p) => problemLine(p, 'en'));
}

const tenders = (...outputs: string[]) =>
  `defaults: { packs: [pack.yaml] }\ntenders:\n${outputs.map((o) => `  - output: ${JSON.stringify(o)}\n`).join('')}`;

describe('output names that leave --out', () => {
  it.each([
    ['../x.docx', 'leads outside --out'],
    ['a/../../x.docx', 'leads outside --out'],
    ['..\\x.docx', 'leads outside --out'],
    ['/abs.docx', 'is an absolute path'],
    ['C:\\Users\\x.docx', 'is an absolute path'],
    ['//server/share/x.docx', 'is an absolute path'],
    ['a/', 'is not a file name'],
    ['.', 'is not a file name'],
    ['a/..', 'is not a file name'],
  ])('refuses %s', (name, message) => {
    expect(outputNameProblem(name, '/work/ut', 'en')).toContain(message);
  });

  it('accepts names that stay inside, folders included', () => {
    for (const name of ['x.docx', 'a/b/x.docx', 'a/../x.docx', './x.md', 'a\\x.json'])
      expect(outputNameProblem(name, '/work/ut', 'en'), name).toBeUndefined();
  });

  it('refuses the whole manifest, positioned at each bad output, before writing anything', async () => {
    expect(await refused(tenders('ok.docx', '../x.docx', '/abs.docx'))).toEqual([
      'plan.yaml:4:13: "../x.docx" leads outside --out',
      'plan.yaml:5:13: "/abs.docx" is an absolute path; give a path inside --out',
    ]);
  });

  it('refuses a path through a symbolic link in --out that points outside', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'jamkrav-outside-'));
    const lines = await refused(tenders('ok.docx', 'link/x.docx'), (dir) => symlinkSync(outside, join(dir, 'ut/link')));
    expect(lines).toEqual([
      'plan.yaml:4:13: "link/x.docx" goes through the symbolic link link, which points outside --out',
    ]);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses an output that is itself a symbolic link, even a dangling one', async () => {
    const lines = await refused(tenders('x.docx'), (dir) =>
      symlinkSync('/etc/passwd-nonexistent', join(dir, 'ut/x.docx')),
    );
    expect(lines).toEqual(['plan.yaml:3:13: "x.docx" is a symbolic link; remove it or choose another name']);
  });

  it('allows a link that stays inside --out', async () => {
    const dir = scratch({ 'plan.yaml': tenders('inne/x.md') });
    mkdirSync(join(dir, 'ut/riktig'), { recursive: true });
    symlinkSync(join(dir, 'ut/riktig'), join(dir, 'ut/inne'));
    const r = await runBatch({ manifest: 'plan.yaml', out: 'ut', lang: 'en', cwd: dir, jobs: 1 });
    expect(r.outcomes[0]!.status).toBe('written');
    expect(existsSync(join(dir, 'ut/riktig/x.md'))).toBe(true);
  });
});

describe('two tenders, one file', () => {
  it('refuses duplicates, naming the tender that has the name first', async () => {
    expect(await refused(tenders('a.docx', 'b.docx', 'a.docx'))).toEqual([
      'plan.yaml:5:13: "a.docx" is already written by the tender at plan.yaml:3 (upper and lower case count as the ' +
        'same)',
    ]);
  });

  it('counts names that differ only in case, Unicode form or spelling of the path as the same file', async () => {
    // On macOS and Windows these are one file; refusing them everywhere keeps a plan portable.
    const lines = await refused(
      tenders('Bilaga.docx', 'bilaga.DOCX', 'hemtja\u0308nst.docx', 'hemtj\u00e4nst.docx', 'a/x.md', 'a/./x.md'),
    );
    expect(lines.map((l) => l.split(':').slice(0, 2).join(':'))).toEqual(['plan.yaml:4', 'plan.yaml:6', 'plan.yaml:8']);
  });

  it('positions duplicates in a CSV plan by line and column', async () => {
    expect(await refused('output\na.docx\nA.docx\n', () => {}, 'plan.csv')).toEqual([
      'plan.csv:3: column output: "A.docx" is already written by the tender at plan.csv:2 (upper and lower case ' +
        'count as the same)',
    ]);
  });
});
