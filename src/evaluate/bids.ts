// Which files belong to which tenderer. A bids folder holds one folder per tenderer (every file
// in it, at any depth, is that tenderer's); when it holds no folders at all, each file in it is
// one tenderer's whole bid. A file beside tenderer folders belongs to none of them and is
// reported, never assigned by a guess from its name. Symbolic links are not followed: a bid is
// hostile input and a link could lead anywhere.
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { detailOf, failureOf } from '../fs/errno.js';
import { READ } from '../fs/messages.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { MSG } from './messages.js';
import type { Problem } from './types.js';

/** One tenderer's files, before they are read. */
export interface TendererInput {
  /** The folder's name (or the file's name without extension): how outputs and --scores name it. */
  id: string;
  files: string[];
  problems: Problem[];
}

/** Files a tenderer's folder may hold before the rest is left unread (a bid is not an archive). */
export const MAX_FILES_PER_TENDERER = 500;
const MAX_DEPTH = 8;

/** Editors' lock files, system files and hidden files: never part of a bid. */
const skipped = (name: string) =>
  name.startsWith('.') || name.startsWith('~$') || name === 'Thumbs.db' || name === 'desktop.ini';

function entries(dir: string, lang: Lang): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => !skipped(e.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    throw new UserError(dir, fmt(lang, READ.folderUnreadable, { detail: detailOf(e) }));
  }
}

/** Every regular file under `dir`, depth first in name order; links and the overflow are reported. */
function filesUnder(dir: string, lang: Lang, problems: Problem[], depth = 0, out: string[] = []): string[] {
  for (const e of entries(dir, lang)) {
    const path = join(dir, e.name);
    if (e.isSymbolicLink()) problems.push({ file: path, message: fmt(lang, MSG.linkNotFollowed) });
    else if (e.isDirectory() && depth < MAX_DEPTH) filesUnder(path, lang, problems, depth + 1, out);
    else if (e.isFile()) {
      if (out.length >= MAX_FILES_PER_TENDERER) {
        problems.push({ file: dir, message: fmt(lang, MSG.tooManyFiles, { n: MAX_FILES_PER_TENDERER }) });
        break;
      }
      out.push(path);
    }
  }
  return out;
}

/**
 * The tenderers of the bids folders or files given. @throws UserError for a path that does not
 * exist or a folder that holds no bids at all (nothing could be evaluated).
 */
export function discoverBids(
  paths: readonly string[],
  lang: Lang,
): { tenderers: TendererInput[]; problems: Problem[] } {
  const tenderers: TendererInput[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    let st;
    try {
      st = lstatSync(path);
    } catch (e) {
      const failure = failureOf(e);
      const missing = failure === 'missing' || failure === 'notDirectory';
      throw new UserError(
        path,
        missing ? fmt(lang, READ.pathMissing) : fmt(lang, READ.readFailed, { detail: detailOf(e) }),
      );
    }
    if (st.isFile()) {
      tenderers.push({ id: basename(path, extname(path)), files: [path], problems: [] });
      continue;
    }
    if (!st.isDirectory()) throw new UserError(path, fmt(lang, MSG.notFolderOrFile));
    const list = entries(path, lang);
    const folders = list.filter((e) => e.isDirectory());
    for (const e of list) {
      const file = join(path, e.name);
      if (e.isSymbolicLink()) problems.push({ file, message: fmt(lang, MSG.linkNotFollowed) });
      else if (e.isFile() && folders.length > 0) problems.push({ file, message: fmt(lang, MSG.looseFile, {}) });
      else if (e.isFile()) tenderers.push({ id: basename(e.name, extname(e.name)), files: [file], problems: [] });
    }
    for (const f of folders) {
      const own: Problem[] = [];
      const files = filesUnder(join(path, f.name), lang, own);
      if (files.length === 0) own.push({ file: join(path, f.name), message: fmt(lang, MSG.noFiles, {}) });
      tenderers.push({ id: f.name, files, problems: own });
    }
    if (list.length === 0) throw new UserError(path, fmt(lang, MSG.emptyBids, {}));
  }
  // Two tenderers of one name (a folder and a file in two bids folders) would be indistinguishable in every output.
  const seen = new Map<string, number>();
  for (const t of tenderers) {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n > 1) t.id = `${t.id} (${n})`;
  }
  return { tenderers, problems };
}
