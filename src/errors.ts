// Errors a user can act on: printed as one line `jamkrav: <file>: <message>`, exit code 2.

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
    const file = oneLine(this.file);
    const where = this.pos ? `${file}:${this.pos.line}:${this.pos.col}` : file;
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/**
 * Control characters and line separators shown as `\u000a`: a message may quote what a file holds
 * (a zip entry name, a YAML key, a file name), and the one-line contract on stderr must hold anyway.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
