// The error compiling an evidence spec raises, pointing into the spec.

/** A mistake in an evidence spec, with the path of the offending node (e.g. `['all', 0, 'sv', 2]`). */
export class EvidenceError extends Error {
  override name = 'EvidenceError';
  constructor(
    message: string,
    /** Keys and indexes from the evidence spec down to the offending node, for the pack loader. */
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}
