// `lint --cache`: the results of unchanged documents, kept between runs in one file
// (`.jamkravcache` by default), so that a run over thousands of documents reads again only what
// changed. A result is reused only when the document's bytes and its config settings are the
// same and so is everything else that decides a result (jamkrav's version, the packs, the reading
// vocabulary, level, language, rule selection, limits): the last is one fingerprint per run.
//
// The cache says what a document asks for, so a forged one would pass a CI check: it is read as
// untrusted input (anything unexpected and it is ignored and rebuilt), and one that git tracks (a
// pull request can add it) is never used. CI restores it from its own cache storage instead.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isUserError } from '../errors.js';
import { fmt } from '../i18n.js';
import { readUserFile } from '../fs/read.js';
import { writeOutput } from '../fs/write.js';
import type { Lang, Text } from '../types.js';
import type { FileResult } from './types.js';

/** Largest cache file read: about 50 KB a document for 10,000 documents, and room to spare. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

const M = {
  ignored: {
    sv: '{file}: cachen används inte ({why}); den byggs om',
    en: '{file}: the cache is not used ({why}); it is rebuilt',
  },
  tracked: {
    sv: 'git följer filen, och en cache ur förrådet litar jamkrav inte på',
    en: 'git tracks the file, and jamkrav does not trust a cache from the repository',
  },
  broken: { sv: 'den kunde inte läsas som en jamkrav-cache', en: 'it could not be read as a jamkrav cache' },
} satisfies Record<string, Text>;

interface Entry {
  key: string;
  result: Omit<FileResult, 'path'>;
  notices: string[];
}

interface CacheFile {
  jamkravCache: 1;
  fingerprint: string;
  entries: Record<string, Entry>;
}

/** A digest of `parts` (strings and bytes), as hex. */
export function digest(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

function isResult(value: unknown): value is Omit<FileResult, 'path'> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return Array.isArray(r.findings) && Array.isArray(r.coverage) && (r.error === null || typeof r.error === 'string');
}

/** Entries of a parsed cache that are well formed; the rest are dropped. */
function entriesOf(value: unknown, fingerprint: string): Record<string, Entry> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const file = value as Partial<CacheFile>;
  if (file.jamkravCache !== 1 || typeof file.entries !== 'object' || file.entries === null) return undefined;
  // Another fingerprint: nothing of it applies, but the file is ours and is simply replaced.
  if (file.fingerprint !== fingerprint) return {};
  const out: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  for (const [path, e] of Object.entries(file.entries)) {
    if (
      typeof e === 'object' &&
      e !== null &&
      typeof e.key === 'string' &&
      isResult(e.result) &&
      Array.isArray(e.notices) &&
      e.notices.every((n) => typeof n === 'string')
    )
      out[path] = e;
  }
  return out;
}

/** Whether git tracks `file` (false where there is no git, or no repository). */
function trackedByGit(file: string): boolean {
  const r = spawnSync('git', ['ls-files', '--error-unmatch', '--', basename(file)], {
    cwd: dirname(file),
    stdio: 'ignore',
    timeout: 10_000,
  });
  return r.status === 0;
}

export class ResultCache {
  private readonly next: Record<string, Entry> = Object.create(null) as Record<string, Entry>;

  private constructor(
    private readonly file: string,
    private readonly fingerprint: string,
    private readonly previous: Record<string, Entry>,
    private readonly lang: Lang,
  ) {}

  /** The cache at `file` for a run with this fingerprint; `notice` hears why an existing one is not used. */
  static open(file: string, fingerprint: string, lang: Lang, notice: (line: string) => void): ResultCache {
    const none = (why?: Text): ResultCache => {
      if (why) notice(fmt(lang, M.ignored, { file, why: why[lang] }));
      return new ResultCache(file, fingerprint, Object.create(null) as Record<string, Entry>, lang);
    };
    if (!existsSync(file)) return none();
    if (trackedByGit(file)) return none(M.tracked);
    try {
      const entries = entriesOf(
        JSON.parse(readUserFile(file, { lang, maxBytes: MAX_CACHE_BYTES }).toString('utf8')),
        fingerprint,
      );
      return entries ? new ResultCache(file, fingerprint, entries, lang) : none(M.broken);
    } catch (e) {
      if (!isUserError(e) && !(e instanceof SyntaxError)) throw e;
      return none(M.broken);
    }
  }

  /** The result kept for `path` under `key`, if the document and its settings are unchanged. */
  lookup(path: string, key: string): { result: FileResult; notices: string[] } | undefined {
    const e = this.previous[path];
    if (!e || e.key !== key) return undefined;
    this.next[path] = e;
    return { result: { ...e.result, path }, notices: e.notices };
  }

  /** Keeps a fresh result (a document that could not be read is read again next time). */
  store(path: string, key: string, result: FileResult, notices: string[]): void {
    if (result.error !== null) return;
    const { path: _path, ...rest } = result;
    this.next[path] = { key, result: rest, notices };
  }

  /** Writes the results of this run (only those: documents gone since are dropped). */
  async save(): Promise<void> {
    const data: CacheFile = { jamkravCache: 1, fingerprint: this.fingerprint, entries: this.next };
    await writeOutput(this.file, JSON.stringify(data), { force: true, lang: this.lang });
  }
}
