// Errors a user can act on: printed as one line `jamkrav: <file>: <message>`, exit code 2.
import { fmt } from './i18n.js';
import type { Lang, Text } from './types.js';

/** A problem with something the user gave us (a file, a flag, a setting), never a bug. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    /** The file or argument the problem is about; empty when none applies. */
    readonly file: string,
    message: string,
    /** Optional position (1-based) in the file. */
    readonly pos?: { line: number; col: number },
  ) {
    super(oneLine(message));
  }

  /** `file:line:col: message`, or `file: message`; always one line, whatever the file is called. */
  toLine(): string {
    return placed(this.file, this.pos, this.message);
  }

  /** Every problem, a line each: the CLI prints them all (one, unless the error holds several). */
  toLines(): string[] {
    return [this.toLine()];
  }
}

function placed(file: string, pos: { line: number; col: number } | undefined, message: string): string {
  const name = oneLine(file);
  const where = pos ? `${name}:${pos.line}:${pos.col}` : name;
  return where ? `${where}: ${oneLine(message)}` : oneLine(message);
}

/** One problem of a file, where it stands. */
export interface PlacedProblem {
  file: string;
  pos?: { line: number; col: number };
  message: string;
}

/**
 * Several problems of one file (a config, metadata or pack with schema errors): the CLI prints
 * each on a line of its own; where one line must do (a batch of tenders, a file of a lint run),
 * the first stands with a count of the rest.
 */
export class ProblemsError extends UserError {
  constructor(
    readonly problems: readonly PlacedProblem[],
    /** The count of the rest, worded: n → " (och n fel till)". */
    more: (n: number) => string,
  ) {
    const first = problems[0]!;
    super(first.file, problems.length > 1 ? first.message + more(problems.length - 1) : first.message, first.pos);
  }

  override toLines(): string[] {
    return this.problems.map((p) => placed(p.file, p.pos, p.message));
  }
}

/**
 * Control characters and line separators shown as `\u000a`: a message may quote what a file holds
 * (a zip entry name, a YAML key, a file name), and the one-line contract on stderr must hold anyway.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The count of the problems after the first, as most files word it. */
export const MORE_PROBLEMS = { sv: ' (och {n} fel till)', en: ' (and {n} more)' } as const satisfies Text;

/** `more` for a ProblemsError: n → " (och n fel till)". */
export function moreProblems(lang: Lang): (n: number) => string {
  return (n) => fmt(lang, MORE_PROBLEMS, { n });
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
