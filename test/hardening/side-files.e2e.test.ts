// Every file jamkrav reads is checked before it is read: a regular file once links are
// followed, under its size limit, opened without blocking. A pull request can add a symbolic
// link to /dev/zero or /dev/urandom (git stores links), or a FIFO: each used to run past 3 GB or
// hang forever; now each is one line naming the file, exit 2, and the rest of the run goes on.
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jamkrav } from '../cli/run.js';
import { PACK } from '../batch/helpers.js';
import { expectCleanStderr, folder } from './helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function dir(files: Record<string, string | Uint8Array> = {}): string {
  const d = folder(files);
  made.push(d);
  return d;
}
const TEXT = 'Leverantören ska betala lika lön för lika arbete.\n';

/** The hostile stand-ins for a file: endless devices through a link, and a FIFO nobody writes to. */
const KINDS = {
  zero: (path: string) => symlinkSync('/dev/zero', path),
  urandom: (path: string) => symlinkSync('/dev/urandom', path),
  fifo: (path: string) => {
    const r = spawnSync('mkfifo', [path]);
    expect(r.status, 'mkfifo').toBe(0);
  },
} as const;
const NOT_REGULAR = 'is not a regular file (a device, pipe or socket); not read';

describe('side files that are devices or FIFOs', () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`a .gitignore that is ${kind}: named in one line, the documents still checked`, () => {
      const cwd = dir({ 'anbud/a.md': TEXT });
      make(join(cwd, 'anbud/.gitignore'));
      const r = jamkrav(['lint', 'anbud', '--lang', 'en', '--format', 'json'], { cwd });
      expect(r.code).toBe(2);
      expect(expectCleanStderr(r.stderr)).toEqual([`jamkrav: anbud/.gitignore: ${NOT_REGULAR}`]);
      const files = JSON.parse(r.stdout).files as { path: string; error: string | null }[];
      expect(files.find((f) => f.path === 'anbud/a.md')!.error).toBeNull();
      expect(r.ms).toBeLessThan(5000);
    });
  }

  it('-c, --pack and a document: each refused by name, quickly', () => {
    const cwd = dir({ 'a.md': TEXT });
    KINDS.fifo(join(cwd, 'konfig.yaml'));
    KINDS.zero(join(cwd, 'paket.yaml'));
    KINDS.urandom(join(cwd, 'b.md'));
    const c = jamkrav(['lint', 'a.md', '-c', 'konfig.yaml', '--lang', 'en'], { cwd });
    expect(c.code).toBe(2);
    expect(expectCleanStderr(c.stderr)).toEqual([`jamkrav: konfig.yaml: ${NOT_REGULAR}`]);
    const p = jamkrav(['lint', 'a.md', '--pack', './paket.yaml', '--lang', 'en'], { cwd });
    expect(p.code).toBe(2);
    expect(expectCleanStderr(p.stderr)).toEqual([`jamkrav: ${join(cwd, 'paket.yaml')}:1:1: ${NOT_REGULAR}`]);
    const d = jamkrav(['lint', 'a.md', 'b.md', '--lang', 'en', '--format', 'json'], { cwd });
    expect(d.code).toBe(2);
    expect(expectCleanStderr(d.stderr)).toEqual([`jamkrav: b.md: ${NOT_REGULAR}`]);
    for (const r of [c, p, d]) expect(r.ms).toBeLessThan(5000);
  });

  it('generate --meta and --template, in Swedish too', () => {
    const cwd = dir();
    KINDS.fifo(join(cwd, 'tender.yaml'));
    KINDS.zero(join(cwd, 'mall.docx'));
    const m = jamkrav(['generate', '--pack', PACK, '--meta', 'tender.yaml', '--format', 'md'], { cwd });
    expect(m.code).toBe(2);
    expect(expectCleanStderr(m.stderr)).toEqual([
      'jamkrav: tender.yaml: är ingen vanlig fil (en enhet, pipe eller socket); läses inte',
    ]);
    const t = jamkrav(['generate', '--pack', PACK, '--template', 'mall.docx', '-o', 'bilaga.docx', '--lang', 'en'], {
      cwd,
    });
    expect(t.code).toBe(2);
    expect(expectCleanStderr(t.stderr)).toEqual([`jamkrav: mall.docx: ${NOT_REGULAR}`]);
  });

  it('a batch manifest, and its meta: and template: entries (those tenders fail, the others are written)', () => {
    const cwd = dir({ 'pack.yaml': '' });
    writeFileSync(join(cwd, 'pack.yaml'), spawnSync('cat', [PACK]).stdout);
    KINDS.fifo(join(cwd, 'plan.yaml'));
    const plan = jamkrav(['batch', 'plan.yaml', '--out', 'ut', '--lang', 'en'], { cwd });
    expect(plan.code).toBe(2);
    expect(expectCleanStderr(plan.stderr)).toEqual([`jamkrav: plan.yaml: ${NOT_REGULAR}`]);

    KINDS.urandom(join(cwd, 'meta.yaml'));
    KINDS.fifo(join(cwd, 'mall.docx'));
    writeFileSync(
      join(cwd, 'ok.yaml'),
      [
        'defaults: { packs: [pack.yaml] }',
        'tenders:',
        '  - { output: a.docx, meta: meta.yaml }',
        '  - { output: b.docx, template: mall.docx }',
        '  - { output: c.md, meta: { tender: { title: Städning } } }',
        '',
      ].join('\n'),
    );
    const b = jamkrav(['batch', 'ok.yaml', '--out', 'ut', '--lang', 'en'], { cwd, env: { CI: 'true' } });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain(`meta.yaml: ${NOT_REGULAR}`);
    expect(b.stderr).toContain(`mall.docx: ${NOT_REGULAR}`);
    expect(spawnSync('ls', [join(cwd, 'ut')], { encoding: 'utf8' }).stdout.trim()).toBe('c.md');
    expect(b.ms).toBeLessThan(8000);
  });
});

describe('side files over the size limit', () => {
  it('--max-data-file-size (default 2 MB) refuses a config, pack or .gitignore before parsing it', () => {
    const cwd = dir({ 'a.md': TEXT, 'jamkrav.config.yaml': `# ${'x'.repeat(3 * 1024 * 1024)}\n` });
    const r = jamkrav(['lint', 'a.md', '--lang', 'en'], { cwd });
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr)).toEqual([
      'jamkrav: jamkrav.config.yaml: the file is 3 MB; the limit is 2 MB (raise it with --max-data-file-size or ' +
        'limits.maxDataFileSize in jamkrav.config.yaml)',
    ]);
    expect(jamkrav(['lint', 'a.md', '--lang', 'en', '--max-data-file-size', '4MB'], { cwd }).stderr).toBe('');
    const big = dir({ 'sub/.gitignore': '*.tmp\n'.repeat(2000), 'sub/b.md': TEXT });
    const g = jamkrav(['lint', 'sub', '--lang', 'en', '--format', 'json', '--max-data-file-size', '4KB'], { cwd: big });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr)).toEqual([
      'jamkrav: sub/.gitignore: the file is 11.7 KB; the limit is 4 KB (raise it with --max-data-file-size or ' +
        'limits.maxDataFileSize in jamkrav.config.yaml)',
    ]);
  });
});
