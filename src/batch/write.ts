// Writing one appendix of a batch: the same atomic writeOutput as `jamkrav generate`, but an
// existing file with the same bytes is left alone, so a re-run changes nothing git can see.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { writeOutput } from '../output/write.js';
import type { Lang } from '../types.js';

/** What happened to the file. */
export type WriteStatus = 'written' | 'unchanged' | 'kept';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/**
 * Writes `data` to `target` (absolute), creating folders inside --out as needed. An existing file
 * with the same bytes is `unchanged`; one with other bytes is `kept` unless `force`. `made`
 * remembers the folders already made in this run. Throws a UserError naming the file (relative to the working directory) when it cannot be written.
 */
export async function writeAppendix(target: string, data: Uint8Array, opts: { force: boolean; lang: Lang; made?: Set<string> }): Promise<WriteStatus> {
  const existing = await readFile(target).catch(() => undefined);
  if (existing && sameBytes(existing, data)) return 'unchanged';
  if (existing && !opts.force) return 'kept';
  // Most tenders share a folder: make each one once per run.
  const dir = dirname(target);
  if (!opts.made?.has(dir)) {
    await mkdir(dir, { recursive: true });
    opts.made?.add(dir);
  }
  await writeOutput(relative(process.cwd(), target) || target, data, { force: opts.force, lang: opts.lang });
  return 'written';
}
