// What every reader carries: the file, the language for messages, the limits, the warnings.
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import type { ReadLimits } from '../limits/read.js';
import { MSG, type MessageKey } from './messages.js';

export interface ReadContext {
  path: string;
  lang: Lang;
  limits: ReadLimits;
  warnings: string[];
}

/** Throws the UserError for `key`: one line, `file: message`. */
export function fail(ctx: ReadContext, key: MessageKey, values: Record<string, string | number> = {}): never {
  throw problem(ctx, key, values);
}

/** The UserError for `key`, for a caller that rejects a promise with it rather than throwing. */
export function problem(ctx: ReadContext, key: MessageKey, values: Record<string, string | number> = {}): UserError {
  return new UserError(ctx.path, fmt(ctx.lang, MSG[key], values));
}

/** Adds a localised warning to the document (once per distinct text). */
export function warn(ctx: ReadContext, key: MessageKey, values: Record<string, string | number> = {}): void {
  const text = fmt(ctx.lang, MSG[key], values);
  if (!ctx.warnings.includes(text)) ctx.warnings.push(text);
}
