// Zips that lie: one compressed stream listed under many names, parts that inflate to more than
// they declare, and documents whose parts add up past the total limit. Each is refused from the
// directory or within a byte of its declared size, in lint and in templates, quickly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { lyingDocx, overlappingDocx, rawZip } from '../../bench/hostile-zip.mjs';
import { jamkrav } from '../cli/run.js';
import { PACK } from '../batch/helpers.js';
import { docx, expectCleanStderr, p, W, scratchFolders } from './helpers.js';
import { regex } from '../regex.js';

const dir = scratchFolders();

const TEXT = 'Leverantören ska betala lika lön för lika arbete.';

describe('overlapping zip entries (one stream inflated many times)', () => {
  it('lint refuses the archive from its directory, before inflating anything, and checks the other files', () => {
    // 40 names for one 2 MB HTML chunk: 80 MB if each were inflated, as a 0.9 MB file once made 6.8 GB.
    const cwd = dir({ 'bomb.docx': overlappingDocx(40, 2_000_000), 'ok.md': `${TEXT}\n` });
    const r = jamkrav(['lint', '--lang', 'en', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr, 1)).toEqual([
      'jamkrav: bomb.docx: entries word/chunk1.html and word/chunk0.html point at the same compressed data: a ' +
        'tampered archive (a zip bomb), refused',
    ]);
    const files = JSON.parse(r.stdout).files as { path: string; error: string | null }[];
    expect(files.find((f) => f.path === 'ok.md')!.error).toBeNull();
    expect(r.ms).toBeLessThan(5000);
  });

  it('generate refuses such a template and writes nothing', () => {
    const cwd = dir({ 'mall.docx': overlappingDocx(3, 10_000) });
    const g = jamkrav(['generate', '--pack', PACK, '--template', 'mall.docx', '-o', 'bilaga.docx', '--lang', 'en'], {
      cwd,
    });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr, 1)).toEqual([
      'jamkrav: mall.docx: entries word/chunk1.html and word/chunk0.html point at the same compressed data: a ' +
        'tampered zip file (a zip bomb)',
    ]);
    expect(existsSync(join(cwd, 'bilaga.docx'))).toBe(false);
  });
});

describe('a part that inflates to more than it declares', () => {
  it('lint stops one byte past the declared size and refuses it (a 181-byte claim, 30 MB of data)', () => {
    const cwd = dir({ 'ljuger.docx': lyingDocx(30 * 1024 * 1024) });
    const r = jamkrav(['lint', 'ljuger.docx', '--lang', 'en', '--format', 'json'], { cwd });
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr, 1)[0]).toMatch(
      regex(
        /^jamkrav: ljuger\.docx: part word\/document\.xml inflates to more than the \d+ bytes it declares: /,
        /damaged or tampered archive, refused$/,
      ),
    );
  });

  it('in Swedish', () => {
    const cwd = dir({ 'ljuger.docx': lyingDocx(100_000) });
    const r = jamkrav(['lint', 'ljuger.docx', '--format', 'json'], { cwd });
    expect(expectCleanStderr(r.stderr, 1)[0]).toMatch(
      regex(
        /^jamkrav: ljuger\.docx: delen word\/document\.xml blir större än de \d+ byte den uppger: /,
        /skadat eller manipulerat arkiv, vägrar läsa det$/,
      ),
    );
  });

  it('a template whose main part lies is refused, and no appendix is written (it was, with exit 0)', () => {
    const cwd = dir({ 'mall.docx': lyingDocx(100_000, '{{jamkrav.requirements}}') });
    const g = jamkrav(['generate', '--pack', PACK, '--template', 'mall.docx', '-o', 'bilaga.docx', '--lang', 'en'], {
      cwd,
    });
    expect(g.code).toBe(2);
    expect(expectCleanStderr(g.stderr, 1)).toEqual([
      'jamkrav: mall.docx: part word/document.xml inflates to another size than it declares: a corrupt or tampered ' +
        'zip file',
    ]);
    expect(existsSync(join(cwd, 'bilaga.docx'))).toBe(false);
    // The same template, honest: written.
    const honest = rawZip([
      {
        name: '[Content_Types].xml',
        data: strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      },
      {
        name: 'word/document.xml',
        data: strToU8(`<w:document xmlns:w="${W}"><w:body>${p('{{jamkrav.requirements}}')}</w:body></w:document>`),
      },
    ]);
    const ok = dir({ 'mall.docx': honest });
    expect(
      jamkrav(['generate', '--pack', PACK, '--template', 'mall.docx', '-o', 'bilaga.docx'], { cwd: ok }).code,
    ).toBe(0);
  });
});

describe('--max-total-inflated: all parts of one document together', () => {
  it('parts each under --max-inflated-size are refused once their sum passes the total', () => {
    const notes = `<w:footnotes xmlns:w="${W}"><w:footnote w:id="1">${p(TEXT).repeat(800)}</w:footnote></w:footnotes>`;
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="f" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" ' +
      'Target="footnotes.xml"/></Relationships>';
    const bytes = docx(p(TEXT).repeat(800), {
      extra: { 'word/footnotes.xml': notes, 'word/_rels/document.xml.rels': rels },
    });
    const cwd = dir({ 'a.docx': bytes });
    const r = jamkrav(
      [
        'lint',
        'a.docx',
        '--lang',
        'en',
        '--format',
        'json',
        '--max-inflated-size',
        '100KB',
        '--max-total-inflated',
        '100KB',
      ],
      { cwd },
    );
    expect(r.code).toBe(2);
    expect(expectCleanStderr(r.stderr, 1)).toEqual([
      'jamkrav: a.docx: part word/footnotes.xml would take the document over 100 KB inflated in all; refused (raise ' +
        'the limit with --max-total-inflated or limits.maxTotalInflated in jamkrav.config.yaml)',
    ]);
    expect(jamkrav(['lint', 'a.docx', '--format', 'json', '--max-total-inflated', '1MB'], { cwd }).stderr).toBe('');
    const config = dir({ 'a.docx': bytes, 'jamkrav.config.yaml': 'limits:\n  maxTotalInflated: 100KB\n' });
    expect(jamkrav(['lint', 'a.docx', '--lang', 'en', '--format', 'json'], { cwd: config }).stderr).toContain(
      'over 100 KB inflated in all',
    );
  });
});
