// Progress on stderr: one line per tender in manifest order when piped or in CI, a bar redrawn
// in place on a terminal; warnings once each at the end; and the summary table on stdout.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { BatchReport, TenderOutcome } from '../../src/batch/index.js';
import { bar, clock, isInteractive, Progress } from '../../src/batch/progress.js';
import { summaryText } from '../../src/batch/summary.js';
import { groupWarnings, warningText } from '../../src/batch/warnings.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

const outcome = (index: number, extra: Partial<TenderOutcome> = {}): TenderOutcome => ({
  index,
  output: `t${index}.docx`,
  status: 'written',
  rules: 5,
  warnings: [],
  ...extra,
});

describe('plain progress (CI, pipes)', () => {
  it('prints one line per tender in manifest order, whatever order they finish in; warnings wait for the end', () => {
    let out = '';
    const p = new Progress(3, { tty: false, lang: 'en', write: (s) => (out += s) });
    p.expect([0, 1, 2]);
    p.update(outcome(2, { warnings: ['metadata missing for tender.title'] }));
    p.update(outcome(0));
    expect(out).toBe('jamkrav: [1/3] written t0.docx (5 rules)\n');
    p.update(outcome(1, { status: 'failed', rules: undefined, error: 'mall.docx: the file does not exist' }));
    p.finish();
    expect(out).toBe(
      [
        'jamkrav: [1/3] written t0.docx (5 rules)',
        'jamkrav: [2/3] failed t1.docx',
        'jamkrav: t1.docx: mall.docx: the file does not exist',
        'jamkrav: [3/3] written t2.docx (5 rules, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('speaks Swedish by default', () => {
    let out = '';
    const p = new Progress(1, { tty: false, lang: 'sv', write: (s) => (out += s) });
    p.expect([0]);
    p.update(outcome(0, { status: 'unchanged', warnings: ['a', 'b'] }));
    expect(out.split('\n')[0]).toBe('jamkrav: [1/1] oförändrad t0.docx (5 regler, 2 varningar)');
  });

  it("with lines: failures (--check), says only why tenders failed; a kept file is the verdict's to name", () => {
    let out = '';
    const p = new Progress(3, { tty: false, lang: 'en', write: (s) => (out += s), lines: 'failures' });
    p.expect([0, 1, 2]);
    p.update(outcome(0));
    p.update(
      outcome(1, { status: 'kept', error: 'the file already exists with other content; use --force to overwrite it' }),
    );
    p.update(outcome(2, { status: 'failed', rules: undefined, error: 'trasig.docx: is not a DOCX document' }));
    expect(out).toBe('jamkrav: t2.docx: trasig.docx: is not a DOCX document\n');
  });

  it('colours the status words when asked, and only then', () => {
    const lines = (color: boolean) => {
      let out = '';
      const p = new Progress(2, { tty: false, lang: 'sv', write: (s) => (out += s), color });
      p.expect([0, 1]);
      p.update(outcome(0));
      p.update(outcome(1, { status: 'failed', rules: undefined, error: 'boom' }));
      return out;
    };
    expect(lines(true)).toBe(
      'jamkrav: [1/2] \x1b[32mskriven\x1b[39m t0.docx (5 regler)\njamkrav: [2/2] \x1b[31mfel\x1b[39m ' +
        't1.docx\njamkrav: t1.docx: \x1b[31mboom\x1b[39m\n',
    );
    expect(lines(false)).toBe(
      'jamkrav: [1/2] skriven t0.docx (5 regler)\njamkrav: [2/2] fel t1.docx\njamkrav: t1.docx: boom\n',
    );
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
    expect(last).toMatch(/^\[(█+)(░+)\] 2\/4 {2}1\.0\/s {2}left 0:02$/);
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
      dryRun: false,
      outcomes: [
        outcome(0, { title: 'Hemtjänst 2027', warnings: ['x'] }),
        outcome(1, { output: 'skolskjuts.docx', status: 'failed', rules: undefined, error: 'e' }),
      ],
    };
    expect(summaryText(report, 'sv', 1.234, plain)).toBe(
      [
        'Upphandling     Utdata           Regler  Varningar  Status',
        '--------------  ---------------  ------  ---------  -------',
        'Hemtjänst 2027  t0.docx               5          1  skriven',
        '—               skolskjuts.docx       —          0  fel',
        '',
        '2 upphandlingar: 1 skrivna, 0 oförändrade, 0 behållna, 1 fel (1.2 s)',
        '',
      ].join('\n'),
    );
  });
});

describe('summary in colour', () => {
  it('colours only the status cells, after padding, so the columns line up as in plain text', () => {
    const report: BatchReport = {
      total: 2,
      tenders: [],
      threads: 0,
      dryRun: false,
      outcomes: [outcome(0), outcome(1, { status: 'kept', error: 'x' })],
    };
    const text = summaryText(report, 'en', 0, coloured);
    expect(text.split('\n').slice(2, 4)).toEqual([
      '—       t0.docx      5         0  \x1b[32mwritten\x1b[39m',
      '—       t1.docx      5         0  \x1b[33mkept\x1b[39m',
    ]);
    expect(text.replace(/\x1b\[\d+m/g, '')).toBe(summaryText(report, 'en', 0, plain));
  });
});

describe('warnings: one line per distinct warning, in manifest order', () => {
  const missing = 'metadata missing for tender.reference';
  const outcomes = [
    outcome(0, { warnings: [missing] }),
    outcome(1, { warnings: ['template has no {{jamkrav.requirements}}', missing] }),
    ...[2, 3, 4, 5].map((i) => outcome(i, { warnings: [missing] })),
  ];

  it('counts the tenders that give a warning and names the first three', () => {
    expect(warningText(groupWarnings(outcomes), 'en', plain)).toBe(
      [
        'jamkrav: warning: metadata missing for tender.reference (6 tenders: t0.docx, t1.docx, t2.docx and 3 more)',
        'jamkrav: warning: t1.docx: template has no {{jamkrav.requirements}}',
        '',
      ].join('\n'),
    );
    expect(warningText(groupWarnings(outcomes.slice(0, 2)), 'sv', plain).split('\n')[0]).toBe(
      'jamkrav: varning: metadata missing for tender.reference (2 upphandlingar: t0.docx, t1.docx)',
    );
  });

  it('counts a tender once however often it repeats a warning', () => {
    expect(groupWarnings([outcome(0, { warnings: ['a', 'a'] }), outcome(1, { warnings: ['a'] })])).toEqual([
      { message: 'a', outputs: ['t0.docx', 't1.docx'] },
    ]);
  });

  it('prints nothing without warnings, and colours the word "warning" when asked', () => {
    expect(warningText(groupWarnings([outcome(0)]), 'en', plain)).toBe('');
    expect(warningText(groupWarnings([outcome(0, { warnings: ['x'] })]), 'en', coloured)).toBe(
      'jamkrav: \x1b[33mwarning\x1b[39m: t0.docx: x\n',
    );
  });
});
