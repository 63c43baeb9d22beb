// What a directory walk leaves out: node_modules, .git, .gitignore and .jamkravignore patterns,
// config `ignore` and `--ignore-pattern` globs.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { isUserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import type { Lang } from '../types.js';

/** Folders never walked into: dependencies and version-control internals. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** The files whose patterns a folder's walk honours, in git's syntax: git's own, and jamkrav's alone. */
const IGNORE_FILES = ['.gitignore', '.jamkravignore'] as const;

/** Globs relative to a folder: the config's `ignore` (its folder), `--ignore-pattern` (the working folder). */
export interface IgnoreGlobs {
  patterns: readonly string[];
  base: string;
}

/** `.gitignore` and `.jamkravignore` rules of one folder, applied to paths below it. */
interface Layer {
  base: string;
  rules: Ignore;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** How `.gitignore` files are read, and where a refused one is reported. */
export interface IgnoreReading {
  lang: Lang;
  /** Largest `.gitignore` (`--max-data-file-size`). */
  maxBytes: number;
  /** Called with the file and the one-line reason when a `.gitignore` is refused. */
  onProblem(file: string, message: string): void;
  /** Whether `.gitignore` and `.jamkravignore` files count (not with `--no-ignore`). */
  files: boolean;
}

function readLayer(dir: string, io: IgnoreReading): Layer | undefined {
  if (!io.files) return undefined;
  let rules: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    try {
      // Checked like every file read: a pull request can make .gitignore a link to /dev/zero.
      rules = (rules ?? ignore()).add(
        readUserFile(file, { lang: io.lang, maxBytes: io.maxBytes, limit: 'maxDataFileBytes' }).toString('utf8'),
      );
    } catch (e) {
      if (!isUserError(e)) throw e;
      // Its rules are not applied (as git carries on past a .gitignore it cannot read), and the run says so.
      io.onProblem(file, e.message);
    }
  }
  return rules ? { base: dir, rules } : undefined;
}

/**
 * The ignore state of a walk. `enter(dir)` gives the state for the folder's children, adding
 * the folder's own `.gitignore`; `ignores(path, isDir)` tells whether a child is left out.
 */
export class Ignores {
  private constructor(
    private readonly layers: readonly Layer[],
    private readonly globs: readonly { matches: (relPath: string) => boolean; base: string }[],
    private readonly io: IgnoreReading,
  ) {}

  /**
   * The state for a walk starting at `root`: the `.gitignore` files from the enclosing git
   * repository's top down to `root` apply (git applies them when you stand in a sub-folder),
   * plus `globs` (the config's `ignore`, `--ignore-pattern`), each relative to its own base.
   */
  static forRoot(root: string, io: IgnoreReading, globs: readonly IgnoreGlobs[] = []): Ignores {
    const chain: string[] = [];
    let dir = dirname(root);
    let top: string | undefined;
    for (;;) {
      chain.push(dir);
      if (existsSync(join(dir, '.git'))) {
        top = dir;
        break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    // Outside a git repository only the walked folders' own .gitignore files count.
    const above = top ? chain.reverse() : [];
    const layers = above.map((d) => readLayer(d, io)).filter((l): l is Layer => l !== undefined);
    const matchers = globs
      .filter((g) => g.patterns.length > 0)
      .map((g) => ({ matches: picomatch(g.patterns.map(stripDotSlash), { dot: true }), base: g.base }));
    // A folder named on the command line is walked even when an ignore rule above it covers
    // the folder itself (as ripgrep does): the user asked for it by name.
    const outer = new Ignores(layers, matchers, io);
    if (outer.ignores(root, true)) return new Ignores([], [], io).enter(root);
    return outer.enter(root);
  }

  /** The state inside `dir`, with its `.gitignore` and `.jamkravignore` added. */
  enter(dir: string): Ignores {
    const layer = readLayer(dir, this.io);
    return layer ? new Ignores([...this.layers, layer], this.globs, this.io) : this;
  }

  /** Whether the entry at absolute `path` is left out of the walk. */
  ignores(path: string, isDir: boolean): boolean {
    for (const { base, rules } of this.layers) {
      const rel = toPosix(relative(base, path));
      if (rel === '' || rel.startsWith('..')) continue;
      if (rules.ignores(isDir ? `${rel}/` : rel)) return true;
    }
    for (const { matches, base } of this.globs) {
      const rel = toPosix(relative(base, path));
      if (rel.startsWith('..') || rel === '') continue;
      // A pattern for a folder (`arkiv`, `arkiv/**`) leaves out everything below it too.
      if (matches(rel) || (isDir && matches(`${rel}/x`))) return true;
    }
    return false;
  }
}

function stripDotSlash(p: string): string {
  return p.startsWith('./') ? p.slice(2) : p;
}
