// Which kind of pack a name or file is: a built-in id by its registry entry, a file by the
// `kind:` line near its top (a requirement pack has none). A look at the first 4 KiB, never a parse.
import { resolve } from 'node:path';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { builtinKindOf, PACK_KINDS, type PackKind } from './builtin.js';

const KIND_LINE = /^kind:\s*["']?([a-z]+)["']?\s*(#.*)?$/m;

/** The kind a `kind:` value names, or undefined for no known kind. */
function known(value: string | undefined): PackKind | undefined {
  return PACK_KINDS.find((k) => k === value && k !== 'requirement');
}

/**
 * The kind of pack `name` is (a built-in id, or a path relative to `cwd`). A file that cannot be
 * read, is not YAML or says no known kind is a requirement pack: its loader then says what is wrong.
 */
export function packKindOf(name: string, cwd: string = process.cwd()): PackKind {
  const builtin = builtinKindOf(name);
  if (builtin) return builtin;
  if (!/\.ya?ml$/i.test(name)) return 'requirement';
  try {
    const head = readUserFile(resolve(cwd, name), {
      lang: 'en',
      maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes,
    }).toString('utf8', 0, 4096);
    return known(KIND_LINE.exec(head)?.[1]) ?? 'requirement';
  } catch {
    return 'requirement';
  }
}
