// Complex fields (`w:fldChar` begin … separate … end): their code is not text, their result is.
import { last } from './story-blocks.js';

/** The open complex fields of a story and whether text is inside a field code now. */
export class Fields {
  /** Open fields: true once past `separate` (showing the result). */
  private readonly open: boolean[] = [];
  /** How many open fields are still in their code part. */
  inCode = 0;

  /** A `w:fldChar` of this `w:fldCharType`. */
  char(type: string | undefined): void {
    if (type === 'begin') {
      this.open.push(false);
      this.inCode++;
    } else if (type === 'separate') {
      if (this.open.length > 0 && !last(this.open)) {
        this.open[this.open.length - 1] = true;
        this.inCode--;
      }
    } else if (type === 'end') {
      // A field without `separate` has no result: it ends here, code and all.
      if (this.open.pop() === false) this.inCode--;
    }
  }

  /**
   * An outermost paragraph ended. A field code cannot hold a paragraph mark: a field still in
   * its code part then is damaged, and must not swallow the rest of the document.
   */
  paragraphEnded(): void {
    while (this.open.length > 0 && !last(this.open)) {
      this.open.pop();
      this.inCode--;
    }
  }
}
