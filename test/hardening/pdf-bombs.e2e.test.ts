// PDFs that cost far more to read than their size, through the built CLI: a content stream that
// inflates to a gigabyte of drawing operators, streams that together pass the limit, pages that
// keep pdf.js busy or fill its heap. Each is refused with a limit message, quickly, and the other
// files are still checked (the stream check and the reader in-process: pdf-bombs.test.ts).
import { describe, expect, it } from 'vitest';
import { bombPage, manyItemsPage, pdf, textPage } from '../../bench/hostile-pdf.mjs';
import { jamkrav } from '../cli/run.js';
import { expectCleanStderr, scratchFolders } from './helpers.js';
import { regex } from '../regex.js';

const dir = scratchFolders();
const MB = 1024 * 1024;
const lint = (cwd: string, args: string[]) => {
  const r = jamkrav(['lint', '--lang', 'en', '--format', 'json', ...args], { cwd });
  return { ...r, lines: expectCleanStderr(r.stderr) };
};

describe('PDF stream bombs: counted before pdf.js starts', () => {
  it(
    'a stream inflating past --max-inflated-size (default 100 MB) refuses the file at once; ' +
      'the others are checked',
    () => {
      // 101 MB of `q Q` in 100 KB: pdf.js inflated and parsed such a stream whole (1 GB: 173 s, 2.2 GB).
      const cwd = dir({ 'bomb.pdf': pdf([textPage(3), bombPage(101 * MB)]), 'ok.pdf': pdf([textPage(3)]) });
      const r = lint(cwd, []);
      expect(r.code).toBe(2);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(
        regex(
          /^jamkrav: bomb\.pdf: a compressed stream \(at byte \d+\) would inflate to more than 100 MB; /,
          /the PDF is refused \(raise the limit with --max-inflated-size or limits\.maxInflatedSize /,
          /in jamkrav\.config\.yaml\)$/,
        ),
      );
      const files = JSON.parse(r.stdout).files as { path: string; error: string | null; format: string | null }[];
      expect(files.find((f) => f.path === 'ok.pdf')).toMatchObject({ error: null, format: 'pdf' });
      expect(r.ms).toBeLessThan(10_000);
    },
  );

  it('streams that together pass --max-total-inflated', () => {
    const cwd = dir({ 'a.pdf': pdf([textPage(3), bombPage(700 * 1024), bombPage(700 * 1024)]) });
    const r = lint(cwd, ['a.pdf', '--max-total-inflated', '1MB']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: a.pdf: the compressed streams would inflate to more than 1 MB in all; the PDF is refused (raise the ' +
        'limit with --max-total-inflated or limits.maxTotalInflated in jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['a.pdf', '--max-total-inflated', '2MB']).lines).toEqual([]);
  });
});

describe('pages that keep pdf.js busy or fill its heap', () => {
  it('--max-pdf-time stops a PDF that takes too long, in Swedish too', () => {
    // 60 MB of operators, under the stream limit: pdf.js needs about ten seconds for them.
    const cwd = dir({ 'seg.pdf': pdf([bombPage(60 * MB)]), 'ok.md': 'Leverantören ska betala lika lön.\n' });
    const r = lint(cwd, ['--max-pdf-time', '1']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: seg.pdf: reading the PDF took more than 1 s; stopped (raise the limit with --max-pdf-time or ' +
        'limits.maxPdfTime in jamkrav.config.yaml)',
    ]);
    expect(r.ms).toBeLessThan(8000);
    const files = JSON.parse(r.stdout).files as { path: string; error: string | null }[];
    expect(files.find((f) => f.path === 'ok.md')!.error).toBeNull();
    const sv = jamkrav(['lint', 'seg.pdf', '--format', 'json', '--max-pdf-time', '1'], { cwd });
    expect(expectCleanStderr(sv.stderr)).toEqual([
      'jamkrav: seg.pdf: att läsa PDF-filen tog mer än 1 s; avbröts (höj gränsen med --max-pdf-time eller ' +
        'limits.maxPdfTime i jamkrav.config.yaml)',
    ]);
  });

  it("--max-pdf-memory: a PDF whose text fills the reader's heap ends that thread, not the run", () => {
    const cwd = dir({ 'stor.pdf': pdf([manyItemsPage(150_000)]), 'ok.pdf': pdf([textPage(3)]) });
    const r = lint(cwd, ['--max-pdf-memory', '32MB']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: stor.pdf: reading the PDF needed more than 32 MB of memory; stopped (raise the limit with ' +
        '--max-pdf-memory or limits.maxPdfMemory in jamkrav.config.yaml)',
    ]);
    const files = JSON.parse(r.stdout).files as { path: string; error: string | null }[];
    expect(files.find((f) => f.path === 'ok.pdf')!.error).toBeNull();
  });
});
