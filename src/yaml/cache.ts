// JSON copies of YAML files that rarely change (the built-in packs), so that a run which trusts
// them need not load or run a YAML parser: parsing the four built-in packs costs more than
// linting a tender. A copy is used only while the SHA-256 of the YAML text it came from still
// matches; anything else (missing, stale, unreadable, damaged) is a miss and the caller parses
// the YAML as before. The copy holds data only, never positions: callers that report problems
// parse the YAML.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { writeOutput } from '../fs/write.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Where copies of the built-in packs live: inside dist/, so a package ships with them. */
export const BUILTIN_CACHE_DIR = join(PACKAGE_ROOT, 'dist', 'yaml-cache');

/** Bump when the stored shape changes, so old copies are ignored. */
const FORMAT = 1;

interface CacheFile {
  format: number;
  /** SHA-256 (hex) of the YAML file's bytes. */
  sha256: string;
  data: unknown;
}

/** The file holding the copy of `yamlFile` in `cacheDir`. */
export function cacheFileFor(yamlFile: string, cacheDir: string): string {
  return join(cacheDir, `${basename(yamlFile)}.json`);
}

function digest(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The data of `yamlFile` from its copy in `cacheDir`, or undefined when there is no fresh copy.
 * Never throws: a cache can only make loading faster, never make it fail.
 */
export async function readCachedYaml(
  yamlFile: string,
  cacheDir: string = BUILTIN_CACHE_DIR,
): Promise<{ data: unknown } | undefined> {
  let yaml: Buffer;
  let json: string;
  try {
    [yaml, json] = await Promise.all([readFile(yamlFile), readFile(cacheFileFor(yamlFile, cacheDir), 'utf8')]);
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isCacheFile(parsed) || parsed.format !== FORMAT || parsed.sha256 !== digest(yaml)) return undefined;
  return { data: parsed.data };
}

function isCacheFile(v: unknown): v is CacheFile {
  return (
    typeof v === 'object' && v !== null && 'format' in v && 'sha256' in v && 'data' in v && typeof v.sha256 === 'string'
  );
}

/**
 * Stores `data` as the copy of the YAML text `source` (the text the data was parsed from, so a
 * file edited meanwhile is never paired with older data). Best effort: a read-only install
 * simply stays uncached. Written atomically, so a reader never sees half a file.
 */
export async function writeCachedYaml(
  yamlFile: string,
  source: string,
  data: unknown,
  cacheDir: string = BUILTIN_CACHE_DIR,
): Promise<boolean> {
  // Only data that survives JSON unchanged (no dates, no infinities, no undefined) can be copied.
  const json = JSON.stringify({
    format: FORMAT,
    sha256: digest(Buffer.from(source, 'utf8')),
    data,
  } satisfies CacheFile);
  if (!isDeepStrictEqual((JSON.parse(json) as CacheFile).data, data)) return false;
  try {
    // The shared writer: its temp files are swept by the next run if this one is killed mid-write.
    await writeOutput(cacheFileFor(yamlFile, cacheDir), json, { force: true, makeFolders: true });
    return true;
  } catch {
    return false;
  }
}
