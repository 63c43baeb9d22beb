// Helpers for the batch tests: a scratch folder with the test pack, template and a manifest, and
// the built binary run as a user runs it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures/batch');
export const PACK = join(ROOT, 'test/fixtures/generate/test-pack.yaml');
export const BIN = join(ROOT, 'bin/jamkrav.js');

/**
 * Runs the built `jamkrav` (npm run build) in `cwd`: English, as in CI (plain progress lines), no
 * colour settings and no SOURCE_DATE_EPOCH from the caller's shell unless `env` gives them.
 */
export function jamkrav(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  // FORCE_COLOR forces colour even when empty (as chalk reads it), so it is removed, not emptied.
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const base = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', SOURCE_DATE_EPOCH: '', CI: 'true' };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...base, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder holding pack.yaml, mall.docx and the given files. */
export function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-batch-'));
  copyFileSync(PACK, join(dir, 'pack.yaml'));
  copyFileSync(join(FIXTURES, 'mall.docx'), join(dir, 'mall.docx'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A manifest of `n` tenders using the test pack, as YAML text. */
export function manyTenders(n: number, extra = ''): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `  - output: t${String(i).padStart(3, '0')}.docx\n    meta: { tender: { title: Upphandling ${i}, date: ` +
      `"2026-01-01" } }\n`,
  );
  return `defaults: { packs: [pack.yaml] }\ntenders:\n${rows.join('')}${extra}`;
}

/** Every file below `dir` with its bytes, keyed by `/`-separated relative path (a FIFO is never opened). */
export function tree(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = st.isFile() ? readFileSync(p) : Buffer.from('(not a file)');
    }
  };
  walk(dir);
  return out;
}
