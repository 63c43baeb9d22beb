// Loads and validates a config file; no config at all means every default.
import { dirname, relative, resolve } from 'node:path';
import { moreProblems, ProblemsError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang } from '../types.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { findConfigFile } from './discover.js';
import { positionFinder } from './position.js';
import type { JamkravConfig, LoadedConfig } from './types.js';

/** No config at all: every default (no file found, or `--no-config`). */
export function noConfig(cwd: string): LoadedConfig {
  return { file: null, name: '', dir: resolve(cwd), config: {}, warnings: [], positionOf: () => undefined };
}

/** Where to look for a config: an explicit file (`--config`) or upward from `cwd`. */
export interface ConfigLookup {
  cwd: string;
  file?: string;
  lang: Lang;
  /** Largest config file (`--max-data-file-size`); the default otherwise. */
  maxBytes?: number;
}

/**
 * The config for a run. An explicit file must exist; otherwise the nearest jamkrav.config.yaml
 * at or above `cwd` is used, or none. Schema errors throw a positioned UserError (exit 2).
 */
export async function loadConfig(lookup: ConfigLookup): Promise<LoadedConfig> {
  const file = lookup.file ? resolve(lookup.cwd, lookup.file) : findConfigFile(lookup.cwd);
  if (!file) return noConfig(lookup.cwd);
  // Messages name the file as the user would type it, relative to where they stand.
  const shown = relative(lookup.cwd, file) || file;
  const maxBytes = lookup.maxBytes ?? DEFAULT_RUN_LIMITS.maxDataFileBytes;
  const source = readUserFile(file, { shown, lang: lookup.lang, maxBytes, limit: 'maxDataFileBytes' }).toString('utf8');
  // A config holding only comments (a fresh `jamkrav.config.yaml`) means every default.
  if (source.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) {
    return { file, name: shown, dir: dirname(file), config: {}, warnings: [], positionOf: () => undefined };
  }
  const { value, problems } = await parseValidatedYaml<JamkravConfig>(shown, source, 'config', lookup.lang);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ProblemsError(errors, moreProblems(lookup.lang));
  return {
    file,
    name: shown,
    dir: dirname(file),
    config: value ?? {},
    warnings: problems.filter((p) => p.severity === 'warning'),
    positionOf: positionFinder(source),
  };
}
