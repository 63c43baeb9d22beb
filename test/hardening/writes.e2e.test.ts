// Writes never lose a file: a batch killed with SIGKILL at random points leaves complete DOCX
// files or none (never a truncated one), a full disk, a read-only folder and an output that is a
// folder each give a clear error and keep what was there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import { UserError } from '../../src/errors.js';
import { TEMP_FILE, writeOutput, writeSeam } from '../../src/fs/write.js';
import { BIN, jamkrav } from '../cli/run.js';
import { manyTenders, scratch } from '../batch/helpers.js';
import { expectCleanStderr, folder } from './helpers.js';

const made: string[] = [];
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts.reverse()) spawnSync('umount', ['-l', m]);
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Mounts a tiny tmpfs at a fresh folder; the error text when this system does not allow it. */
function tinyTmpfs(size: string): { dir: string } | { error: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-tmpfs-'));
  made.push(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { error: `${r.error?.message ?? ''}${r.stderr}` };
  mounts.push(dir);
  return { dir };
}

/** Fills the file system holding `dir` to the last byte. */
function fill(dir: string): void {
  const chunk = Buffer.alloc(1024, 0x61);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `fyllnad-${i}`), chunk);
    } catch {
      // The last partial chunk may have made an empty file; what matters is the disk is full.
      break;
    }
  }
  try {
    writeFileSync(join(dir, 'fyllnad-sista'), Buffer.alloc(1));
  } catch {
    /* full */
  }
}

const isTemp = (name: string) => TEMP_FILE.test(name);
const docxNames = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.docx'))
        .sort()
    : [];

describe('SIGKILL in the middle of a batch', () => {
  it(
    'leaves only complete appendices (byte-identical to a clean run) or none; ' + 'the next run sweeps temp files',
    async () => {
      const cwd = scratch({ 'plan.yaml': manyTenders(40) });
      made.push(cwd);
      const clean = jamkrav(['batch', 'plan.yaml', '--out', 'clean'], { cwd, env: { CI: 'true' } });
      expect(clean.code).toBe(0);
      const reference = new Map(docxNames(join(cwd, 'clean')).map((n) => [n, readFileSync(join(cwd, 'clean', n))]));
      expect(reference.size).toBe(40);

      // Kill points spread over the run's own length, from a fixed seed.
      const delays = fc
        .sample(fc.integer({ min: 5, max: 95 }), { seed: 4242, numRuns: 6 })
        .map((pct) => Math.round((clean.ms * pct) / 100));
      const partial: number[] = [];
      for (const [k, delay] of delays.entries()) {
        const out = join(cwd, `run${k}`);
        const child = spawn(process.execPath, [BIN, 'batch', 'plan.yaml', '--out', out], {
          cwd,
          env: { ...process.env, CI: 'true' },
          stdio: 'ignore',
        });
        const ended = new Promise<NodeJS.Signals | null>((resolve) =>
          child.on('exit', (_code, signal) => resolve(signal)),
        );
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await ended;
        const names = existsSync(out) ? readdirSync(out) : [];
        for (const name of names) {
          if (isTemp(name)) continue; // hidden, `.tmp`: never mistaken for an appendix
          expect(reference.has(name), `${name} is an output of the plan`).toBe(true);
          const bytes = readFileSync(join(out, name));
          expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');
          expect(bytes.equals(reference.get(name)!), `${name} in run ${k} is whole`).toBe(true);
        }
        partial.push(docxNames(out).length);

        // The next run finishes the job: every appendix whole, and no temp file left behind.
        const again = jamkrav(['batch', 'plan.yaml', '--out', out], { cwd, env: { CI: 'true' } });
        expect(again.code).toBe(0);
        expect(readdirSync(out).filter(isTemp)).toEqual([]);
        for (const [name, bytes] of reference) expect(readFileSync(join(out, name)).equals(bytes)).toBe(true);
      }
      // The kills landed before the end at least once (not every run had already finished).
      expect(partial.some((n) => n < 40)).toBe(true);
    },
  );

  it(
    'temp files are named so that they never collide with ' + 'an output and are swept only when their process is gone',
    async () => {
      const dir = folder({ 'bilaga.docx': 'gammal' });
      made.push(dir);
      // One left by a process that no longer exists, one by this (live) process.
      const dead = `.bilaga.docx.${2 ** 22 + 12345}.0badc0de.tmp`;
      const live = `.annan.docx.${process.ppid}.deadbeef.tmp`;
      writeFileSync(join(dir, dead), 'halv');
      writeFileSync(join(dir, live), 'pågår');
      expect(isTemp(dead) && isTemp(live) && !isTemp('bilaga.docx') && !isTemp('.bilaga.docx')).toBe(true);
      await writeOutput(join(dir, 'ny.docx'), 'ny');
      expect(readdirSync(dir).sort()).toEqual([live, 'bilaga.docx', 'ny.docx'].sort());
    },
  );
});

describe('a full disk', () => {
  it('a clear error, the old file intact, no partial file (a 64 KB tmpfs where mounting is allowed)', () => {
    const fs = tinyTmpfs('64k');
    if ('error' in fs) {
      // No mount here (not root, or a container without the capability): the simulated disk below covers it.
      expect(fs.error).toMatch(/permission|not permitted|only root|must be superuser|EPERM|ENOENT/i);
      return;
    }
    writeFileSync(join(fs.dir, 'bilaga.docx'), 'den gamla bilagan');
    fill(fs.dir);
    const before = readdirSync(fs.dir).sort();
    const r = jamkrav(
      [
        'generate',
        '--pack',
        join(__dirname, '../fixtures/generate/test-pack.yaml'),
        '-o',
        join(fs.dir, 'bilaga.docx'),
        '--force',
        '--lang',
        'en',
      ],
      {},
    );
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr, 1)).toEqual([
      `jamkrav: ${join(fs.dir, 'bilaga.docx')}: no space left on the device`,
    ]);
    expect(readFileSync(join(fs.dir, 'bilaga.docx'), 'utf8')).toBe('den gamla bilagan');
    expect(readdirSync(fs.dir).sort()).toEqual(before);

    // A batch into the full disk: each tender fails with the same reason, nothing half-written.
    const cwd = scratch({ 'plan.yaml': manyTenders(3) });
    made.push(cwd);
    const b = jamkrav(['batch', 'plan.yaml', '--out', join(fs.dir, 'ut'), '--lang', 'en'], {
      cwd,
      env: { CI: 'true' },
    });
    expect(b.code).not.toBe(0);
    expect(b.stderr).toMatch(/no space left on the device|ENOSPC/);
    expect(docxNames(join(fs.dir, 'ut'))).toEqual([]);
    expect(existsSync(join(fs.dir, 'ut')) ? readdirSync(join(fs.dir, 'ut')).filter(isTemp) : []).toEqual([]);
  });

  it(
    'simulated everywhere: a failing write (ENOSPC) through ' + 'the write seam keeps the old file and leaves no temp',
    async () => {
      const dir = folder({ 'bilaga.docx': 'den gamla bilagan' });
      made.push(dir);
      const original = writeSeam.writeTemp;
      writeSeam.writeTemp = async (handle, data) => {
        // Half the bytes reach the disk, then it is full: exactly what a real ENOSPC leaves.
        if (typeof data === 'string') await handle.write(data.slice(0, data.length / 2));
        else await handle.write(data.subarray(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      };
      try {
        const target = join(dir, 'bilaga.docx');
        const e = await writeOutput(target, 'en ny och mycket längre bilaga', { force: true, lang: 'sv' }).catch(
          (x: unknown) => x,
        );
        expect(e).toBeInstanceOf(UserError);
        expect((e as UserError).toLine()).toBe(`${target}: det finns inte plats på disken`);
        const fresh = await writeOutput(join(dir, 'ny.docx'), 'ny', { lang: 'en' }).catch((x: unknown) => x);
        expect((fresh as UserError).message).toBe('no space left on the device');
      } finally {
        writeSeam.writeTemp = original;
      }
      expect(readdirSync(dir)).toEqual(['bilaga.docx']);
      expect(readFileSync(join(dir, 'bilaga.docx'), 'utf8')).toBe('den gamla bilagan');
    },
  );
});

describe('a read-only output folder', () => {
  it(
    'a clear error and the old file kept (a tmpfs remounted read-only; without mounts, a folder without write ' +
      'permission)',
    () => {
      const fs = tinyTmpfs('1m');
      let dir: string;
      if ('error' in fs) {
        dir = folder({ 'bilaga.docx': 'den gamla bilagan' });
        made.push(dir);
        spawnSync('chmod', ['555', dir]);
      } else {
        dir = fs.dir;
        writeFileSync(join(dir, 'bilaga.docx'), 'den gamla bilagan');
        expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
      }
      const target = join(dir, 'bilaga.docx');
      const r = jamkrav([
        'generate',
        '--pack',
        join(__dirname, '../fixtures/generate/test-pack.yaml'),
        '-o',
        target,
        '--force',
        '--lang',
        'en',
      ]);
      if ('error' in fs && process.getuid?.() === 0) {
        // root without mounts: permissions do not bind root, so only the refusal without --force can be shown.
        const refused = jamkrav([
          'generate',
          '--pack',
          join(__dirname, '../fixtures/generate/test-pack.yaml'),
          '-o',
          target,
          '--lang',
          'en',
        ]);
        expect(refused.code).toBe(2);
        expect(expectCleanStderr(refused.stderr, 1)).toEqual([
          `jamkrav: ${target}: the file already exists; use --force to overwrite it`,
        ]);
        return;
      }
      expect(r.code).toBe(2);
      expect(expectCleanStderr(r.stderr, 1)).toEqual([
        `jamkrav: ${target}: cannot write in ${dir} (no permission or read-only)`,
      ]);
      expect(readFileSync(target, 'utf8')).toBe('den gamla bilagan');
      expect(readdirSync(dir)).toEqual(['bilaga.docx']);
    },
  );
});

describe('an output that is a folder', () => {
  it('generate, lint -o and batch each say so and leave the folder as it was', () => {
    const cwd = scratch({ 'plan.yaml': manyTenders(2), 'a.md': 'Leverantören ska betala lika lön.\n' });
    made.push(cwd);
    mkdirSync(join(cwd, 'bilaga.docx'));
    writeFileSync(join(cwd, 'bilaga.docx', 'inne.txt'), 'orörd');
    const g = jamkrav(['generate', '--pack', 'pack.yaml', '-o', 'bilaga.docx', '--force', '--lang', 'en'], { cwd });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr, 1)).toEqual(['jamkrav: bilaga.docx: is a directory; give a file name']);

    const l = jamkrav(['lint', 'a.md', '--format', 'json', '-o', 'bilaga.docx', '--lang', 'en'], { cwd });
    expect(l.code).toBe(2);
    expect(expectCleanStderr(l.stderr, 1)).toEqual(['jamkrav: bilaga.docx: is a directory; give a file name']);

    mkdirSync(join(cwd, 'ut/t000.docx'), { recursive: true });
    const b = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd, env: { CI: 'true' } });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('is a directory; give a file name');
    expect(existsSync(join(cwd, 'ut/t001.docx'))).toBe(true);
    expect(readdirSync(join(cwd, 'bilaga.docx'))).toEqual(['inne.txt']);
    expect(readdirSync(join(cwd, 'ut/t000.docx'))).toEqual([]);
  });
});
