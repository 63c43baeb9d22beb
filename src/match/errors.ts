// The error compiling an evidence spec raises, pointing into the spec.
import { fmt, type Values } from '../i18n.js';
import type { Lang } from '../types.js';
import { EVIDENCE_MESSAGES, type EvidenceMessageKey } from './messages.js';

/** A mistake in an evidence spec, with the path of the offending node (e.g. `['all', 0, 'sv', 2]`). */
export class EvidenceError extends Error {
  override name = 'EvidenceError';
  constructor(
    /** Which reason, from EVIDENCE_MESSAGES. */
    readonly key: EvidenceMessageKey,
    /** Keys and indexes from the evidence spec down to the offending node, for the pack loader. */
    readonly path: (string | number)[],
    /** What fills the reason's `{name}` slots. */
    readonly values: Values = {},
  ) {
    // `message` stays English, for --debug and programs; a user reads `reason(lang)`.
    super(fmt('en', EVIDENCE_MESSAGES[key], values));
  }

  /** The reason in the user's language, for the problem line a pack loader builds. */
  reason(lang: Lang): string {
    return fmt(lang, EVIDENCE_MESSAGES[this.key], this.values);
  }
}
