// The point of a finding's message. A missing requirement's message goes on after its first
// sentence with the legal basis and what to do: that is for `--explain`, `rules show` and the
// JSON, not for a line a person scans. A word finding's message is its point whole (the word, the
// better one and where it stands).
import type { Finding } from '../types.js';

/** What a terminal line shows of a finding's message. */
export function pointOf(finding: Pick<Finding, 'kind' | 'message'>): string {
  return finding.kind === 'missing' ? point(finding.message) : finding.message;
}

/** The first sentence of `message` (up to a full stop, ! or ? before a capital). */
export function point(message: string): string {
  const end = message.search(/[.!?](?=\s+\p{Lu})/u);
  return end < 0 ? message : message.slice(0, end + 1);
}
