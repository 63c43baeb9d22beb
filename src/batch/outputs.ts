// Output names are checked before anything is written: each must stay inside --out (no `../`,
// no absolute path, no symbolic link leading out), and no two tenders may write the same file.
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { inside } from '../fs/inside.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { outputNameProblem as writeNameProblem } from '../fs/write.js';
import { OUTPUT } from './messages.js';
import type { ManifestPlace, ManifestProblem } from './types.js';

/** An output name, `/`-separated: backslashes count as separators so a plan made on Windows works anywhere. */
export function normaliseOutput(name: string): string {
  return name.trim().replace(/\\/g, '/');
}

/**
 * The problem with an output name on its own, or undefined. `out` is the absolute --out folder.
 */
export function outputNameProblem(name: string, out: string, lang: Lang): string | undefined {
  // A NUL or one of our temp names: refused here, with the rest of the plan, before any write.
  const named = writeNameProblem(name, lang);
  if (named) return `"${name}": ${named}`;
  const output = normaliseOutput(name);
  const last = output.split('/').pop() ?? '';
  if (last === '' || last === '.' || last === '..') return fmt(lang, OUTPUT.empty, { output: name });
  // A drive letter or UNC path is absolute on Windows even where path.isAbsolute says otherwise.
  if (isAbsolute(output) || /^[A-Za-z]:/.test(output) || output.startsWith('//'))
    return fmt(lang, OUTPUT.absolute, { output: name });
  const target = resolve(out, output);
  if (!inside(out, target) || target === out) return fmt(lang, OUTPUT.leaves, { output: name });
  return undefined;
}

/**
 * The key two outputs collide on: the path inside --out, NFC-normalised and lower-cased, because
 * on macOS and Windows `Bilaga.docx` and `bilaga.docx` are one file, and a plan must give the
 * same result wherever it runs.
 */
export function collisionKey(target: string, out: string): string {
  return relative(out, target).split(sep).join('/').normalize('NFC').toLowerCase();
}

/** Checks one existing path step by step for symbolic links that lead outside --out. */
async function linkProblem(
  target: string,
  out: string,
  realOut: string,
  name: string,
  lang: Lang,
  seen: Map<string, string | null>,
): Promise<string | undefined> {
  const steps = relative(out, target).split(sep);
  let current = out;
  for (let i = 0; i < steps.length; i++) {
    current = join(current, steps[i]!);
    const last = i === steps.length - 1;
    let verdict = seen.get(current);
    if (verdict === undefined) {
      verdict = null;
      const st = await lstat(current).catch(() => undefined);
      if (!st) {
        seen.set(current, null);
        return undefined; // Nothing below a missing folder can be a link yet.
      }
      if (st.isSymbolicLink()) {
        const real = await realpath(current).catch(() => undefined);
        verdict = last ? 'is-link' : real && inside(realOut, real) ? null : 'outside';
      }
      seen.set(current, verdict);
    }
    if (verdict === 'is-link') return fmt(lang, OUTPUT.isLink, { output: name });
    if (verdict === 'outside')
      return fmt(lang, OUTPUT.link, { output: name, link: relative(out, current).split(sep).join('/') });
  }
  return undefined;
}

/** A tender's output for checking: its name as written, where it stands, and where it would go. */
export interface OutputCheck {
  name: string;
  target: string;
  place: ManifestPlace;
}

/**
 * Every output problem of a plan: names that leave --out, links that lead out, and collisions
 * (the later tender is blamed, naming the earlier one). Reads the file system, writes nothing.
 */
export async function outputProblems(
  checks: readonly OutputCheck[],
  out: string,
  lang: Lang,
): Promise<ManifestProblem[]> {
  const problems: ManifestProblem[] = [];
  const outStat = await lstat(out).catch(() => undefined);
  const realOut = outStat ? await realpath(out).catch(() => out) : out;
  const seen = new Map<string, string | null>();
  const owners = new Map<string, ManifestPlace>();
  for (const c of checks) {
    const add = (message: string) => problems.push({ ...c.place, message });
    const own = outputNameProblem(c.name, out, lang);
    if (own) {
      add(own);
      continue;
    }
    const key = collisionKey(c.target, out);
    const other = owners.get(key);
    if (other) {
      add(fmt(lang, OUTPUT.duplicate, { output: c.name, other: `${other.file}:${other.line}` }));
      continue;
    }
    owners.set(key, c.place);
    if (outStat) {
      const link = await linkProblem(c.target, out, realOut, c.name, lang, seen);
      if (link) add(link);
    }
  }
  return problems;
}
