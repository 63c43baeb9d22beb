// Progress on stderr: one line per tender in manifest order when piped or in CI, a bar redrawn
// in place on a terminal; and the summary table on stdout.
import { describe, expect, it } from 'vitest';
import type { BatchReport, TenderOutcome } from '../../src/batch/index.js';
import { bar, clock, isInteractive, Progress } from '../../src/batch/progress.js';
import { summaryText } from '../../src/batch/summary.js';

const outcome = (index: number, extra: Partial<TenderOutcome> = {}): TenderOutcome => ({ index, output: `t${index}.docx`, status: 'written', rules: 5, warnings: [], ...extra });

describe('plain progress (CI, pipes)', () => {
  it('prints one line per tender in manifest order, whatever order they finish in', () => {
    let out = '';
    const p = new Progress(3, { tty: false, lang: 'en', write: (s) => (out += s) });
    p.expect([0, 1, 2]);
    p.update(outcome(2, { warnings: ['metadata missing for tender.title'] }));
    p.update(outcome(0));
    expect(out).toBe('jamkrav: [1/3] written t0.docx (5 rules)\n');
    p.update(outcome(1, { status: 'failed', rules: undefined, error: 'mall.docx: the file does not exist' }));
    p.finish();
    expect(out).toBe([
      'jamkrav: [1/3] written t0.docx (5 rules)',
      'jamkrav: [2/3] failed t1.docx',
      'jamkrav: t1.docx: mall.docx: the file does not exist',
      'jamkrav: [3/3] written t2.docx (5 rules, 1 warning)',
      'jamkrav: warning: t2.docx: metadata missing for tender.title',
      '',
    ].join('\n'));
  });

  it('speaks Swedish by default', () => {
    let out = '';
    const p = new Progress(1, { tty: false, lang: 'sv', write: (s) => (out += s) });
    p.expect([0]);
    p.update(outcome(0, { status: 'unchanged', warnings: ['a', 'b'] }));
    expect(out.split('\n')[0]).toBe('jamkrav: [1/1] oförändrad t0.docx (5 regler, 2 varningar)');
  });

  it('is plain in CI even on a terminal', () => {
    expect(isInteractive({ isTTY: true }, {})).toBe(true);
    expect(isInteractive({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(isInteractive({ isTTY: true }, { CI: 'false' })).toBe(true);
    expect(isInteractive({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(isInteractive({ isTTY: false }, {})).toBe(false);
  });
});

describe('terminal progress', () => {
  it('redraws one line with a bar, the count, the rate and the time left', () => {
    let out = '';
    let now = 0;
    const p = new Progress(4, { tty: true, lang: 'en', write: (s) => (out += s), now: () => now, columns: 60 });
    now = 1000;
    p.update(outcome(0));
    now = 2000;
    p.update(outcome(1));
    const last = out.split('\r\x1b[K').pop()!;
    expect(last).toMatch(/^\[(█+)(░+)\] 2\/4  1\.0\/s  left 0:02$/);
    const [, full, empty] = /^\[(█+)(░+)\]/.exec(last)!;
    expect(Math.abs(full!.length - empty!.length)).toBeLessThanOrEqual(1); // half done
    expect(last.length).toBeLessThanOrEqual(60); // fits the terminal
    now = 2010;
    p.update(outcome(2, { status: 'failed', error: 'boom' }));
    expect(out).toContain('\r\x1b[Kjamkrav: t2.docx: boom\n');
    p.update(outcome(3));
    p.finish();
    expect(out.endsWith('] 4/4  2.0/s  left 0:00\n')).toBe(true);
    expect(out).not.toMatch(/\n.*\n.*\n/); // the bar is one line, redrawn, not a line per tender
  });

  it('formats bars and clocks', () => {
    expect(bar(0, 10, 4)).toBe('░░░░');
    expect(bar(10, 10, 4)).toBe('████');
    expect(clock(75)).toBe('1:15');
    expect(clock(3725)).toBe('1:02:05');
  });
});

describe('summary', () => {
  it('lists every tender with output, rules, warnings and status, then the totals', () => {
    const report: BatchReport = {
      total: 2,
      tenders: [],
      threads: 0,
      outcomes: [outcome(0, { title: 'Hemtjänst 2027', warnings: ['x'] }), outcome(1, { output: 'skolskjuts.docx', status: 'failed', rules: undefined, error: 'e' })],
    };
    expect(summaryText(report, 'sv', 1.234)).toBe([
      'Upphandling     Utdata           Regler  Varningar  Status',
      '--------------  ---------------  ------  ---------  -------',
      'Hemtjänst 2027  t0.docx               5          1  skriven',
      '—               skolskjuts.docx       —          0  fel',
      '',
      '2 upphandlingar: 1 skrivna, 0 oförändrade, 0 behållna, 1 fel (1.2 s)',
      '',
    ].join('\n'));
  });
});
