// Turns the paths on the command line (files, folders, globs) into the documents to lint.
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { detailOf, failureOf } from '../fs/errno.js';
import { inside } from '../fs/inside.js';
import { READ } from '../fs/messages.js';
import { fmt, sayer } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import { Ignores, SKIPPED_DIRS, type IgnoreGlobs } from './ignores.js';

/** Extensions a folder walk picks up; a file named explicitly is read whatever its name. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.docx', '.odt', '.pdf', '.md', '.markdown', '.txt'];

/** One document to lint. */
export interface Target {
  /** Absolute path. */
  abs: string;
  /** As reports show it: relative to the working directory, with `/`. */
  path: string;
}

/** Something named or found that cannot be linted, reported as an error on that path. */
export interface DiscoveryProblem {
  path: string;
  message: string;
}

export interface Discovered {
  /** Targets and problems in one list, in the order they were found. */
  entries: ({ target: Target } | { problem: DiscoveryProblem })[];
  /** Lines for stderr: links not followed out of the folders named (without --follow-symlinks). */
  notices: string[];
}

export interface DiscoverOptions {
  cwd: string;
  lang: Lang;
  /** Config `ignore` and `--ignore-pattern` globs, each with the folder it is relative to. */
  ignore?: readonly IgnoreGlobs[];
  /** Whether `.gitignore` and `.jamkravignore` files count (default true; not with `--no-ignore`). */
  ignoreFiles?: boolean;
  /** Largest `.gitignore` read on the way (`--max-data-file-size`); the default otherwise. */
  maxDataFileBytes?: number;
  /** Follow symbolic links that lead out of the folders named (`--follow-symlinks`). */
  followSymlinks?: boolean;
}

const T = {
  loop: { sv: 'symbolisk länk i en slinga', en: 'symbolic link loop' },
  broken: { sv: 'symbolisk länk till något som inte finns', en: 'symbolic link to something that does not exist' },
  dirLikeDoc: { sv: 'är en mapp, inte ett dokument', en: 'is a folder, not a document' },
  noMatch: { sv: 'mönstret matchar inga dokument', en: 'the pattern matches no document' },
  outside: {
    sv: 'symbolisk länk ut ur mapparna som granskas; följs inte (använd --follow-symlinks för att följa den)',
    en: 'a symbolic link out of the folders being checked; not followed (use --follow-symlinks to follow it)',
  },
} as const satisfies Record<string, Text>;

const isDocumentName = (name: string) => DOCUMENT_EXTENSIONS.includes(extname(name).toLowerCase());
const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** What a failed lstat/stat of a path found on the way means. */
function statProblem(e: unknown, missing: string, say: (key: keyof typeof T) => string): string {
  const failure = failureOf(e);
  return failure === 'loop' ? say('loop') : failure === 'missing' ? missing : detailOf(e);
}

/** The real path of `path`, or `fallback` where it has none (a broken link, a path gone). */
function realOr<T>(path: string, fallback: T): string | T {
  try {
    return realpathSync.native(path);
  } catch {
    return fallback;
  }
}

function statOrError(path: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(path);
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
}

/**
 * The documents to lint for `paths` (default: the working directory). Folders are walked
 * recursively, skipping node_modules, .git, .gitignore'd paths and config `ignore` globs;
 * globs are expanded the same way. Symlinks are followed while they stay inside the folders
 * walked (any link with `followSymlinks`): a `leak.md -> ../secret.txt` in a pull request must
 * not get its target quoted in a CI log. Loops are reported, duplicates (by real path) dropped.
 * Never throws for a bad path: it becomes a problem entry so the rest still runs.
 * The file system is asked synchronously: the walk waits for every answer anyway, and each
 * asynchronous call was a round trip through libuv's thread pool (the bench folder's 201 files:
 * 25-44 ms, against 2-8 ms now). A file that is no link takes its real path from its folder's.
 */
export async function discover(paths: readonly string[], opts: DiscoverOptions): Promise<Discovered> {
  const say = sayer(opts.lang, T);
  const cwd = resolve(opts.cwd);
  const entries: Discovered['entries'] = [];
  const notices: string[] = [];
  /** Real paths of the folders named (and glob bases): links may lead anywhere inside them. */
  const roots: string[] = [];
  const seen = new Set<string>();
  const show = (abs: string) => toPosix(relative(cwd, abs)) || '.';
  const problem = (abs: string, message: string) => entries.push({ problem: { path: show(abs), message } });
  /** `real`: its real path where the walk knows it (a file that is no link, in a folder whose real path is known). */
  const addFile = (abs: string, real = realOr(abs, abs)) => {
    if (seen.has(real)) return;
    seen.add(real);
    entries.push({ target: { abs, path: show(abs) } });
  };
  const reading = {
    lang: opts.lang,
    files: opts.ignoreFiles ?? true,
    maxBytes: opts.maxDataFileBytes ?? DEFAULT_RUN_LIMITS.maxDataFileBytes,
    onProblem: (file: string, message: string) => {
      // Each refused .gitignore once, however many walks pass it.
      if (!refused.has(file)) problem(file, message);
      refused.add(file);
    },
  };
  const refused = new Set<string>();
  /** Whether the link at `abs` leads to somewhere inside a folder named. */
  const leadsInside = (abs: string): boolean => {
    const real = realOr(abs, undefined);
    return real !== undefined && roots.some((root) => inside(root, real));
  };
  const ignoresFor = (root: string) => Ignores.forRoot(root, reading, opts.ignore ?? []);

  /** Walks `dir` (real path `realDir`); `ancestors` holds the real paths of the folders above, to spot loops. */
  const walk = (
    dir: string,
    realDir: string,
    ignores: Ignores,
    ancestors: ReadonlySet<string>,
    accept: (abs: string) => boolean,
  ) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problem(dir, fmt(opts.lang, READ.folderUnreadable, { detail: detailOf(e) }));
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      let info;
      let link = false;
      try {
        info = lstatSync(abs);
        link = info.isSymbolicLink();
        if (link) info = statSync(abs);
      } catch (e) {
        problem(abs, statProblem(e, say('broken'), say));
        continue;
      }
      const folder = info.isDirectory();
      // Only what the walk would take: a folder it enters, or a document it reads.
      const wanted = folder
        ? !SKIPPED_DIRS.has(name) && !ignores.ignores(abs, true)
        : info.isFile() && accept(abs) && !ignores.ignores(abs, false);
      if (!wanted) continue;
      if (link && !opts.followSymlinks && !leadsInside(abs)) {
        notices.push(`${show(abs)}: ${say('outside')}`);
        continue;
      }
      if (folder) {
        const real = realOr(abs, abs);
        if (ancestors.has(real)) {
          problem(abs, say('loop'));
          continue;
        }
        // A folder reached twice through links (not a loop) is walked once.
        if (seen.has(real)) continue;
        seen.add(real);
        walk(abs, real, ignores.enter(abs), new Set([...ancestors, real]), accept);
      } else {
        addFile(abs, link ? realOr(abs, abs) : join(realDir, name));
      }
    }
  };

  const walkRoot = (root: string, accept: (abs: string) => boolean) => {
    const real = realOr(root, root);
    seen.add(real);
    walk(root, real, ignoresFor(root), new Set([real]), accept);
  };

  const args = paths.length > 0 ? paths : ['.'];
  // Every folder named, before any is walked: a link in one may lead into another.
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const info = statOrError(abs);
    const base =
      !(info instanceof Error) && info.isDirectory()
        ? abs
        : picomatch.scan(arg).isGlob && info instanceof Error
          ? resolve(cwd, picomatch.scan(arg).base || '.')
          : undefined;
    if (base !== undefined) roots.push(realOr(base, base));
  }
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const info = statOrError(abs);
    if (!(info instanceof Error)) {
      if (info.isDirectory()) {
        // A folder named like a document was surely meant as one: say so rather than walk it.
        if (isDocumentName(arg.replace(/[\\/]+$/, ''))) problem(abs, say('dirLikeDoc'));
        else walkRoot(abs, (p) => isDocumentName(p));
      } else {
        // Named explicitly: read it whatever its extension; the reader sniffs the content.
        addFile(abs);
      }
      continue;
    }
    const scan = picomatch.scan(arg);
    if (failureOf(info) === 'missing' && scan.isGlob) {
      const before = entries.length;
      const base = resolve(cwd, scan.base || '.');
      const pattern = toPosix(relative(base, abs));
      const matches = picomatch(pattern, { dot: false });
      // A glob that names its own extension (`*.doc`) takes what it says; else only documents.
      const ownExtension = /\.[A-Za-z0-9]+$/.test(scan.glob);
      walkRoot(base, (p) => matches(toPosix(relative(base, p))) && (ownExtension || isDocumentName(p)));
      if (entries.length === before) problem(abs, say('noMatch'));
      continue;
    }
    problem(abs, statProblem(info, fmt(opts.lang, READ.pathMissing), say));
  }
  return { entries, notices };
}
