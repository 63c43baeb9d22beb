// The next `<`, `&` and `]]>` of a scan, remembered so each is searched for once per occurrence
// rather than once per text or attribute value: one search usually covers a whole run of tags.
import { indexOr } from './chars.js';

export class Lookahead {
  /** The first `<` at or after the last place searched from (every `<` before it was passed). */
  lt = -1;
  amp = -1;
  cdataEnd = -1;

  constructor(private readonly src: string) {}

  /** The first `<` at or after `from`, or the length of the text. */
  ltFrom(from: number): number {
    if (this.lt < from) this.lt = indexOr(this.src, '<', from, this.src.length);
    return this.lt;
  }

  /** The first `&` at or after `from`, or the length of the text. */
  ampFrom(from: number): number {
    if (this.amp < from) this.amp = indexOr(this.src, '&', from, this.src.length);
    return this.amp;
  }

  /** The first `]]>` at or after `from`, or the length of the text. */
  cdataEndFrom(from: number): number {
    if (this.cdataEnd < from) this.cdataEnd = indexOr(this.src, ']]>', from, this.src.length);
    return this.cdataEnd;
  }
}
