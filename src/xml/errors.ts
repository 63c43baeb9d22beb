// The two ways a scan refuses its input. Callers turn them into their own user messages.

/** A well-formedness error at a character offset of the scanned text. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Thrown for a DOCTYPE declaration, which is refused rather than parsed. */
export class XmlDoctypeError extends Error {}
