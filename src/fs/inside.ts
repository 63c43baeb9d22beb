// Whether a path lies in a folder, by path arithmetic (callers pass real paths where links matter).
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `child` is `base` or lies below it. */
export function inside(base: string, child: string): boolean {
  const rel = relative(base, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
