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
    super(message);
  }

  /** `file:line:col: message`, or `file: message`. */
  toLine(): string {
    const where = this.pos ? `${this.file}:${this.pos.line}:${this.pos.col}` : this.file;
    return where ? `${where}: ${this.message}` : this.message;
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
