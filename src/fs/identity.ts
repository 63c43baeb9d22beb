// Whether two paths are one file: by device and inode, not by name, since a folder reached
// through a symbolic link, a hard link or `..` gives one file many names.
import { statSync } from 'node:fs';

/** The first of `others` that is the same file as `path` (links followed), or undefined. */
export function sameFileAmong(path: string, others: readonly string[]): string | undefined {
  const id = identity(path);
  if (id === undefined) return undefined;
  return others.find((other) => identity(other) === id);
}

/** `dev:ino` of the file at `path`, or undefined when there is none. */
function identity(path: string): string | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}
