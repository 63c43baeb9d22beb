// Progress of a batch on stderr. On a terminal: one line redrawn in place (bar, count, rate, time
// left). In CI or a pipe: one plain line per tender, in manifest order, so logs compare cleanly.
// A failed or kept tender's reason follows its line; warnings are left to the end of the run
// (src/batch/warnings.ts), one line each however many tenders give them.
import { Chalk, type ChalkInstance } from 'chalk';
import { fmt } from '../i18n.js';
import { printable } from '../report/printable.js';
import type { Lang } from '../types.js';
import type { TenderOutcome } from './index.js';
import { PROGRESS, STATUS } from './messages.js';

/** Where progress goes and how it looks. */
export interface ProgressOptions {
  /** Redraw one line (a terminal) or print a line per tender. */
  tty: boolean;
  write: (text: string) => void;
  lang: Lang;
  /** Terminal width (default 80). */
  columns?: number;
  /** Milliseconds, for rate and time left (injectable for tests). */
  now?: () => number;
  /** Colour the status words and errors (default: no). */
  color?: boolean;
  /**
   * What is printed besides the bar: `all` (a line per tender, then why it failed or was kept),
   * `failures` (only why tenders failed), `none` (the bar alone, on a terminal). Default `all`.
   */
  lines?: 'all' | 'failures' | 'none';
}

/** Status words in their colours: done is green, nothing to do dim, held back yellow, failed red. */
export function paintStatus(c: ChalkInstance, status: TenderOutcome['status'], text: string): string {
  return status === 'written'
    ? c.green(text)
    : status === 'unchanged'
      ? c.dim(text)
      : status === 'kept'
        ? c.yellow(text)
        : c.red(text);
}

/** Whether progress should redraw in place: a terminal that is not a CI log. */
export function isInteractive(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && !ci && env.TERM !== 'dumb';
}

/** `m:ss`, or `h:mm:ss` for long runs. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A bar `width` characters wide, filled in proportion to done/total. */
export function bar(done: number, total: number, width: number): string {
  const filled = total === 0 ? width : Math.floor((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/** How often the terminal line is redrawn at most: often enough to look live, rarely enough to cost nothing. */
const REDRAW_MS = 80;

/** Follows a batch tender by tender. */
export class Progress {
  private done = 0;
  private lastDraw = -Infinity;
  private readonly start: number;
  private readonly now: () => number;
  /** Non-TTY: outcomes waiting for an earlier tender, so lines come in manifest order. */
  private readonly waiting = new Map<number, TenderOutcome>();
  private order: number[] = [];
  private printed = 0;
  private drawn = false;
  private readonly c: ChalkInstance;
  private readonly lines: 'all' | 'failures' | 'none';

  constructor(
    private readonly total: number,
    private readonly opts: ProgressOptions,
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.start = this.now();
    this.c = new Chalk({ level: opts.color ? 1 : 0 });
    this.lines = opts.lines ?? 'all';
  }

  /** The manifest indexes of this run, in order (non-TTY lines follow it). */
  expect(indexes: readonly number[]): void {
    this.order = [...indexes];
  }

  /** One tender finished. */
  update(o: TenderOutcome): void {
    this.done++;
    if (this.opts.tty) {
      const notes = this.notes(o);
      if (notes.length > 0) {
        this.clear();
        this.opts.write(notes.join(''));
      }
      if (notes.length > 0 || this.done === this.total || this.now() - this.lastDraw >= REDRAW_MS) this.draw();
      return;
    }
    this.waiting.set(o.index, o);
    while (this.printed < this.order.length && this.waiting.has(this.order[this.printed]!)) {
      const next = this.waiting.get(this.order[this.printed]!)!;
      this.waiting.delete(next.index);
      this.printed++;
      const line = this.lines === 'all' ? this.line(next, this.printed) : '';
      this.opts.write(line + this.notes(next).join(''));
    }
  }

  /** Ends the progress display (leaves the final bar on its own line). */
  finish(): void {
    if (this.opts.tty && this.drawn) this.opts.write('\n');
  }

  /** `jamkrav: [ 3/12] written hemtjanst.docx (18 rules, 2 warnings)`. */
  private line(o: TenderOutcome, n: number): string {
    const width = String(this.total).length;
    const l = this.opts.lang;
    const w = o.warnings.length;
    const warnings = w === 0 ? '' : fmt(l, w === 1 ? PROGRESS.warning : PROGRESS.warnings, { n: w });
    const counts = o.rules === undefined ? '' : fmt(l, PROGRESS.rules, { n: o.rules, warnings });
    return (
      `jamkrav: [${String(n).padStart(width)}/${this.total}] ` +
      `${paintStatus(this.c, o.status, STATUS[o.status][l])} ${printable(o.output)}${counts}\n`
    );
  }

  /** Why a tender failed or was kept, on a line naming its output. */
  private notes(o: TenderOutcome): string[] {
    if (this.lines === 'none' || !o.error || (this.lines === 'failures' && o.status !== 'failed')) return [];
    return [`jamkrav: ${printable(o.output)}: ${paintStatus(this.c, o.status, printable(o.error))}\n`];
  }

  private clear(): void {
    if (this.drawn) this.opts.write('\r\x1b[K');
  }

  private draw(): void {
    const elapsed = (this.now() - this.start) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const count = `${String(this.done).padStart(String(this.total).length)}/${this.total}`;
    const eta = fmt(this.opts.lang, PROGRESS.left);
    const text = ` ${count}  ${rate.toFixed(1)}/s  ${eta} ${clock(left)}`;
    const width = Math.max(10, Math.min(40, (this.opts.columns ?? 80) - text.length - 3));
    this.opts.write(`\r\x1b[K[${bar(this.done, this.total, width)}]${text}`);
    this.lastDraw = this.now();
    this.drawn = true;
  }
}
