// Compiles one entry module of src/ and what it imports into a folder of its own, for tests that
// run the code in a child process and watch what it loads. The folder is under the project
// (test-artifacts/ is git-ignored) so that node_modules resolves; the project's dist/ is left alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Compiles `src/<entry>.ts`; returns the new folder, whose `dist/` mirrors `src/`. */
export function compileEntry(entry: string, prefix: string): string {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'test-artifacts', prefix));
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  const options = ['--ignoreConfig', '--outDir', join(out, 'dist'), '--rootDir', 'src'];
  const target = ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022'];
  const checks = ['--strict', '--skipLibCheck', '--types', 'node'];
  const built = spawnSync(tsc, [`src/${entry}.ts`, ...options, ...target, ...checks], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(join(out, 'dist', `${entry}.js`))) throw new Error(`tsc failed: ${built.stdout}${built.stderr}`);
  return out;
}
