// A folder inside --out, made and opened for writing at the moment of writing. Output names are
// checked once, before a batch starts; a folder inside --out swapped for a symbolic link while
// the batch runs would otherwise take every later output out of --out. Each folder on the way is
// opened without following links, and the write goes through the opened folder itself
// (/proc/self/fd/N/name, where Linux gives that), so a path changed meanwhile changes nothing.
import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { UserError } from '../errors.js';
import { errnoOf, failureOf } from './errno.js';
import { inside } from './inside.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { WRITE } from './messages.js';

/** A folder held for writing: operate on `path`; messages name `shown`. */
export interface HeldFolder {
  /** Where to write: the opened folder itself where the platform allows, else its checked path. */
  readonly path: string;
  /** The folder as messages name it. */
  readonly shown: string;
  /** Whether the folder is still where it was checked (always true through an opened folder). */
  stillInside(): boolean;
  close(): void;
}

/** /proc/self/fd/N names the opened folder N on Linux; elsewhere a checked path has to do. */
const FD_PATHS = existsSync('/proc/self/fd');
const DIR_FLAGS = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0);
const NO_LINK = constants.O_NOFOLLOW ?? 0;

/**
 * Makes `--out` when missing (each folder on the way named in the error if it cannot be made),
 * and returns its real path.
 */
export function makeOutFolder(out: string, lang: Lang): string {
  const missing: string[] = [];
  let at = out;
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  for (const dir of missing) makeOne(dir, dir, lang);
  return realpathSync(out);
}

/** Links followed on the way to one folder before it counts as a loop. */
const MAX_LINKS = 40;

/**
 * The folder `rel` (relative, `/`-separated) inside `realOut` (a real path), made where missing.
 * Each folder on the way is opened without following links; a link met there is followed only
 * when it leads to a folder inside `realOut`, and then by walking that folder's own real path
 * from `realOut` the same way. A link leading out, or a file, is refused, naming it.
 */
export function holdFolderInside(realOut: string, rel: string, lang: Lang): HeldFolder {
  const steps = rel.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
  if (!FD_PATHS) return checkedPath(realOut, steps, lang);
  let fd = openSync(realOut, DIR_FLAGS);
  /** The real path of the folder `fd` is (for messages and for following links). */
  let real = realOut;
  let links = 0;
  try {
    for (let i = 0; i < steps.length; i++) {
      const at = `/proc/self/fd/${fd}/${steps[i]}`;
      const shown = join(real, steps[i]!);
      makeOne(at, shown, lang);
      let next: number;
      try {
        next = openSync(at, DIR_FLAGS | NO_LINK);
      } catch (e) {
        const target = linkInside(at, realOut);
        if (target === undefined || ++links > MAX_LINKS) throw refusal(at, shown, e, lang);
        // Start again from --out along the link's real path, then go on with the steps after it.
        steps.splice(
          0,
          i + 1,
          ...relative(realOut, target)
            .split(sep)
            .filter((s) => s !== ''),
        );
        closeSync(fd);
        fd = openSync(realOut, DIR_FLAGS);
        real = realOut;
        i = -1;
        continue;
      }
      closeSync(fd);
      fd = next;
      real = shown;
    }
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const held = fd;
  let open = true;
  return {
    path: `/proc/self/fd/${held}`,
    shown: real,
    stillInside: () => true,
    close: () => {
      if (open) closeSync(held);
      open = false;
    },
  };
}

/** The real path a link at `at` leads to, when it is a folder inside `realOut`; else undefined. */
function linkInside(at: string, realOut: string): string | undefined {
  try {
    if (!lstatSync(at).isSymbolicLink()) return undefined;
    const target = realpathSync(at);
    return inside(realOut, target) ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Without /proc: the folders made and checked by path, and checked again just before the write. */
function checkedPath(realOut: string, steps: readonly string[], lang: Lang): HeldFolder {
  let path = realOut;
  for (const step of steps) {
    let next = join(path, step);
    makeOne(next, next, lang);
    const st = lstatSync(next);
    if (st.isSymbolicLink()) {
      const target = linkInside(next, realOut);
      if (target === undefined) throw refusal(next, next, Object.assign(new Error(), { code: 'ELOOP' }), lang);
      next = target;
    } else if (!st.isDirectory()) {
      throw refusal(next, next, Object.assign(new Error(), { code: 'ENOTDIR' }), lang);
    }
    path = next;
  }
  const final = path;
  return {
    path: final,
    shown: final,
    stillInside: () => {
      try {
        return inside(realOut, realpathSync(final)) && final === realpathSync(final);
      } catch {
        return false;
      }
    },
    close: () => undefined,
  };
}

/** Makes one folder; one already there is fine. */
function makeOne(at: string, shown: string, lang: Lang): void {
  try {
    mkdirSync(at);
  } catch (e) {
    const failure = failureOf(e);
    if (failure === 'exists') return;
    const values = { dir: dirname(shown), code: errnoOf(e) };
    if (failure === 'denied') throw new UserError(shown, fmt(lang, WRITE.notWritable, values));
    if (failure === 'noSpace') throw new UserError(shown, fmt(lang, WRITE.noSpace, values));
    if (failure === 'notDirectory') throw new UserError(shown, fmt(lang, WRITE.notDir, values));
    throw new UserError(shown, fmt(lang, WRITE.failed, values));
  }
}

/** Why a folder on the way could not be opened: a link put there, or a file. */
function refusal(at: string, shown: string, e: unknown, lang: Lang): UserError {
  let link = failureOf(e) === 'loop';
  try {
    link ||= lstatSync(at).isSymbolicLink();
  } catch {
    // Gone meanwhile: reported as not a folder.
  }
  return new UserError(shown, fmt(lang, link ? WRITE.linkOnWay : WRITE.notDir, { dir: shown }));
}
