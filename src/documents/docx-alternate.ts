// Markup compatibility (`mc:AlternateContent`): which branch of a choice is text.

/** The open `mc:AlternateContent` elements of a story and whether each took a Choice. */
export class Alternatives {
  private readonly open: boolean[] = [];

  /**
   * An `mc:` element opens; returns whether its content is to be skipped. The first Choice (the
   * modern markup) is read and every alternative to it skipped, so a text box's VML fallback
   * copy never doubles its text.
   */
  enter(local: string): boolean {
    if (local === 'AlternateContent') {
      this.open.push(false);
      return false;
    }
    if (local === 'Choice') {
      const n = this.open.length;
      if (n > 0 && !this.open[n - 1]) {
        this.open[n - 1] = true;
        return false;
      }
      return true;
    }
    return local === 'Fallback';
  }

  /** An `mc:` element closes. */
  leave(local: string): void {
    if (local === 'AlternateContent') this.open.pop();
  }
}
