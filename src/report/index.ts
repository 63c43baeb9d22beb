// The formatters by name: the keys are exactly the values `--format` accepts.
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

/**
 * Name → formatter. Open for more: add a file exporting a
 * Formatter and one entry here; `--format` accepts every key at once (add the name to the
 * help text in src/cli/lint.ts too, which stays free of imports to keep start-up light).
 */
export const formatters: Record<string, Formatter> = { stylish, compact, json, sarif, junit, github, html };

/** The formatter for `name`, or undefined when there is none. */
export function getFormatter(name: string): Formatter | undefined {
  return Object.hasOwn(formatters, name) ? formatters[name] : undefined;
}
