// Where outputs go: a device or FIFO is written into, never replaced; a report never lands on a
// document, whatever name reaches it; a folder swapped for a link during a batch takes no output
// out of --out; names that are NUL-bearing or look like our temp files are refused before
// anything is written; a read-only --out is named plainly.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { jamkrav } from '../cli/run.js';
import { manyTenders, PACK, scratch } from '../batch/helpers.js';
import { expectCleanStderr, folder } from './helpers.js';

const made: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.reverse()) spawnSync('umount', ['-l', m]);
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function dir(files: Record<string, string | Uint8Array> = {}): string {
  const d = folder(files);
  made.push(d);
  return d;
}
const TEXT = 'Leverantören ska betala lika lön för lika arbete.\n';
const isRoot = process.getuid?.() === 0;

/** A character device of our own (a copy of /dev/null's numbers) where we may make one; else a link to /dev/null. */
function nullDevice(at: string): void {
  if (isRoot && spawnSync('mknod', [at, 'c', '1', '3']).status === 0) return;
  symlinkSync('/dev/null', at);
}
const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

describe('devices and FIFOs as outputs are written into, never replaced', () => {
  it(
    'lint -o and generate -o --force on a character device leave it a device (root replaced /dev/null with the ' +
      'report)',
    () => {
      const cwd = dir({ 'a.md': TEXT });
      nullDevice(join(cwd, 'null'));
      const before = statSync(join(cwd, 'null'));
      expect(before.isCharacterDevice()).toBe(true);
      const l = jamkrav(['lint', 'a.md', '--format', 'json', '-o', 'null'], { cwd });
      expect(l.stderr).toBe('');
      const g = jamkrav(['generate', '--pack', PACK, '-o', 'null', '--force'], { cwd });
      expect(g.code).toBe(0);
      const g2 = jamkrav(['generate', '--pack', PACK, '-o', 'null', '--format', 'md'], { cwd });
      expect(g2.code, "a device holds nothing of the user's: no --force needed").toBe(0);
      const after = statSync(join(cwd, 'null'));
      expect(after.isCharacterDevice()).toBe(true);
      expect([after.mode, after.rdev, after.ino]).toEqual([before.mode, before.rdev, before.ino]);
      expect(readdirSync(cwd).sort()).toEqual(['a.md', 'null']);
    },
  );

  it('-o /dev/stdout writes the report where standard output goes, as users expect', () => {
    const cwd = dir({ 'a.md': TEXT });
    const r = jamkrav(['lint', 'a.md', '--format', 'json', '-o', '/dev/stdout'], { cwd });
    expect(JSON.parse(r.stdout).files[0].path).toBe('a.md');
    // And when standard output is a file the shell redirected to: the report is appended there.
    const out = join(cwd, 'ut.json');
    const sh = spawnSync(
      'sh',
      [
        '-c',
        `echo först > ${out} && node ${join(__dirname, '../../bin/jamkrav.js')} lint a.md --format json -o ` +
          `/dev/stdout >> ${out}`,
      ],
      { cwd, encoding: 'utf8' },
    );
    expect(sh.status, 'findings: exit 1, not a usage error').toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('först\n{')).toBe(true);
    // /dev/stdout itself is untouched (a rename would have put a file there, as root).
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('a FIFO with a reader gets the report; one without a reader is refused at once, not waited on', async () => {
    const cwd = dir({ 'a.md': TEXT });
    mkfifo(join(cwd, 'rör'));
    const reader = spawn('cat', [join(cwd, 'rör')]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const ended = new Promise((resolve) => reader.on('exit', resolve));
    // The reader opens the FIFO a moment after it starts.
    await new Promise((r) => setTimeout(r, 200));
    const l = jamkrav(['lint', 'a.md', '--format', 'json', '-o', 'rör'], { cwd });
    expect(l.stderr).toBe('');
    await ended;
    expect(JSON.parse(got).files[0].path).toBe('a.md');
    expect(statSync(join(cwd, 'rör')).isFIFO()).toBe(true);

    const g = jamkrav(['generate', '--pack', PACK, '-o', 'rör', '--format', 'md', '--lang', 'en'], { cwd });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr)).toEqual([
      'jamkrav: rör: is a pipe nobody is reading from; start the reader first',
    ]);
    expect(g.ms).toBeLessThan(5000);
  });

  it(
    'batch with an existing FIFO among its outputs fails that tender (with or without --force), writes the rest, ' +
      'never hangs',
    () => {
      const cwd = scratch({ 'plan.yaml': manyTenders(3) });
      made.push(cwd);
      mkdirSync(join(cwd, 'ut'));
      mkfifo(join(cwd, 'ut/t001.docx'));
      for (const force of [[], ['--force']]) {
        const b = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en', ...force], {
          cwd,
          env: { CI: 'true' },
        });
        expect(b.code).toBe(1);
        expect(b.stderr).toContain('t001.docx: is not a regular file (a device, pipe or socket); not written');
        expect(b.ms).toBeLessThan(10_000);
      }
      expect(statSync(join(cwd, 'ut/t001.docx')).isFIFO()).toBe(true);
      expect(existsSync(join(cwd, 'ut/t000.docx')) && existsSync(join(cwd, 'ut/t002.docx'))).toBe(true);
    },
  );
});

describe('a report never lands on a document', () => {
  it('the same file through a linked folder is the same file (lint -o and --fix-dry-run -o)', () => {
    const cwd = dir({ 'docs/a.md': 'Leverantören ska utse en kontaktman.\n' });
    symlinkSync(join(cwd, 'docs'), join(cwd, 'docs-link'));
    for (const args of [
      ['lint', 'docs/a.md'],
      ['lint', 'docs/a.md', '--fix-dry-run'],
    ]) {
      const r = jamkrav([...args, '-o', 'docs-link/a.md', '--lang', 'en'], { cwd });
      expect(r.code).toBe(2);
      expect(expectCleanStderr(r.stderr).at(-1)).toBe(
        'jamkrav: docs-link/a.md: is one of the documents being checked; choose another output file',
      );
    }
    expect(readFileSync(join(cwd, 'docs/a.md'), 'utf8')).toBe('Leverantören ska utse en kontaktman.\n');
  });
});

describe('a folder inside --out swapped for a link during a batch', () => {
  it('outputs into it are refused once it is a link, none lands outside --out', async () => {
    const tenders = Array.from(
      { length: 6 },
      (_, i) => `  - output: del/t${i}.md\n    meta: { tender: { title: T${i} } }\n`,
    );
    const cwd = scratch({
      'plan.yaml': `defaults: { packs: [pack.yaml] }\ntenders:\n${tenders.join('')}  - output: annan.md\n`,
    });
    made.push(cwd);
    mkdirSync(join(cwd, 'ut/del'), { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'jamkrav-utanfor-'));
    made.push(outside);
    const report = await runBatch({
      manifest: 'plan.yaml',
      out: 'ut',
      lang: 'en',
      cwd,
      jobs: 1,
      // After the output names were checked (ut/del was a folder then), before anything is written.
      onPlan: () => {
        renameSync(join(cwd, 'ut/del'), join(cwd, 'ut/gammal'));
        symlinkSync(outside, join(cwd, 'ut/del'));
      },
    });
    expect(readdirSync(outside)).toEqual([]);
    expect(report.outcomes.map((o) => o.status)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
      'failed',
      'failed',
      'written',
    ]);
    expect(report.outcomes[0]!.error).toMatch(
      /: folder .*ut\/del is a symbolic link \(replaced during the run\?\); not written$/,
    );
  });
});

describe('names refused before anything is written', () => {
  it('an output named like our temp files (the next write would delete it)', () => {
    const cwd = scratch({
      'plan.yaml':
        `defaults: { packs: [pack.yaml] }\ntenders:\n  - output: a.md\n  - output: ` + `.b.docx.123.abcdef01.tmp\n`,
    });
    made.push(cwd);
    const b = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('".b.docx.123.abcdef01.tmp": the name looks like one of jamkrav\'s temporary files');
    expect(existsSync(join(cwd, 'ut'))).toBe(false);
    const g = jamkrav(['generate', '--pack', PACK, '-o', '.x.docx.123.abcdef01.tmp', '--lang', 'en'], { cwd });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr)).toEqual([
      "jamkrav: .x.docx.123.abcdef01.tmp: the name looks like one of jamkrav's temporary files " +
        '(.name.pid.random.tmp), which are cleaned up; choose another name',
    ]);
  });

  it(
    'a NUL in an output name: exit 2 and nothing written ' +
      '(it was ERR_INVALID_ARG_VALUE, exit 1, the others written)',
    () => {
      const yaml = scratch({
        'plan.yaml': `defaults: { packs: [pack.yaml] }\ntenders:\n  - output: a.md\n  - output: "b\\0.md"\n`,
      });
      const csv = scratch({ 'plan.csv': 'output;title\na.md;A\n"b\u0000.md";B\n' });
      made.push(yaml, csv);
      for (const [cwd, plan] of [
        [yaml, 'plan.yaml'],
        [csv, 'plan.csv'],
      ] as const) {
        const b = jamkrav(['batch', plan, '--out', 'ut', '--lang', 'en'], { cwd });
        expect(b.code).toBe(2);
        expect(expectCleanStderr(b.stderr, 1).join('\n')).toContain('the name holds a NUL character');
        expect(existsSync(join(cwd, 'ut'))).toBe(false);
      }
    },
  );
});

describe('a read-only --out with sub-folders', () => {
  it('names the folder that cannot be written (it was a raw ENOENT from mkdir)', () => {
    const out = mkdtempSync(join(tmpdir(), 'jamkrav-ro-'));
    made.push(out);
    let readOnly = false;
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', out]).status === 0) {
      mounts.push(out);
      readOnly = spawnSync('mount', ['-o', 'remount,ro', out]).status === 0;
    } else if (!isRoot) {
      spawnSync('chmod', ['555', out]);
      readOnly = true;
    }
    expect(readOnly, 'a read-only folder: a tmpfs remounted read-only (root) or mode 555').toBe(true);
    const cwd = scratch({ 'plan.yaml': `defaults: { packs: [pack.yaml] }\ntenders:\n  - output: sub/dir/a.md\n` });
    made.push(cwd);
    const b = jamkrav(['batch', 'plan.yaml', '--out', out, '--lang', 'en'], { cwd, env: { CI: 'true' } });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`${join(out, 'sub')}: cannot write in ${out} (no permission or read-only)`);
    expect(b.stderr).not.toMatch(/ENOENT|mkdir/);
  });
});
