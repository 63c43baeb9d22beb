// Option values checked the same way by every command and the library: one wording everywhere.
import { UserError } from './errors.js';
import { fmt } from './i18n.js';
import type { Lang } from './types.js';

const INVALID = {
  sv: 'ogiltigt värde "{value}" (tillåtna: {allowed})',
  en: 'invalid value "{value}" (allowed: {allowed})',
} as const;

function invalid(flag: string, value: string, allowed: readonly string[], lang: Lang): UserError {
  return new UserError(flag, fmt(lang, INVALID, { value, allowed: allowed.join(', ') }));
}

/** `value` when it is one of `allowed` (undefined stays undefined); else a UserError naming `flag`. */
export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  lang: Lang,
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(flag, value, allowed, lang);
}

/** Throws a UserError naming `flag` unless every value is one of `allowed`. */
export function assertOneOf<T extends string>(
  flag: string,
  values: readonly string[],
  allowed: readonly T[],
  lang: Lang,
): asserts values is T[] {
  for (const value of values) oneOf(value, allowed, flag, lang);
}

const JOBS = {
  sv: '"{value}": ange ett heltal från 1 och uppåt',
  en: '"{value}": give a whole number of 1 or more',
} as const;

/** `--jobs N` (threads, this one included): a whole number from 1 to 1024, or undefined when not given. */
export function jobsOption(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 1024) throw new UserError('--jobs', fmt(lang, JOBS, { value }));
  return n;
}
