// What the HTML report says about its own making: when, over which paths, with which packs and
// config, and where it is written (for links). Built by the CLI; the formatter only prints it.
import { dirname, relative, resolve, sep } from 'node:path';
import { UserError } from '../../errors.js';
import { fmt } from '../../i18n.js';
import type { LintResult } from '../../lint/types.js';
import type { Lang } from '../../types.js';
import type { RunInfo } from '../types.js';

const BAD = {
  sv: 'ska vara ett antal sekunder sedan 1970, inte "{value}"',
  en: 'must be a number of seconds since 1970, not "{value}"',
} as const;

/**
 * The time as ISO 8601 in UTC, to the second. SOURCE_DATE_EPOCH wins over the clock (the
 * reproducible-builds convention `generate` follows too); a value that is no number of seconds
 * is an error rather than silently the clock, since whoever set it expects identical reports.
 */
export function madeAt(env: NodeJS.ProcessEnv, now: () => Date, lang: Lang): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return iso(now());
  const date = /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new UserError('SOURCE_DATE_EPOCH', fmt(lang, BAD, { value: epoch }));
  return iso(date);
}

const iso = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

export interface RunInfoInput {
  result: LintResult;
  /** The paths as given on the command line. */
  paths: readonly string[];
  /** `-o FILE`, or undefined for standard output (then links assume the working directory). */
  output: string | undefined;
  lang: Lang;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

/** The run as the report's header names it. */
export function runInfo(input: RunInfoInput): RunInfo {
  const cwd = input.cwd ?? process.cwd();
  // A device (`-o /dev/stdout`) is no folder the report lives in: links assume the working directory.
  const toFile = input.output !== undefined && !input.output.startsWith('/dev/');
  const linkBase = toFile
    ? relative(dirname(resolve(cwd, input.output as string)), cwd)
        .split(sep)
        .join('/')
    : '';
  return {
    madeAt: madeAt(input.env ?? process.env, input.now ?? (() => new Date()), input.lang),
    paths: [...input.paths],
    packs: input.result.packs ?? [],
    config: input.result.config ?? null,
    linkBase,
  };
}
