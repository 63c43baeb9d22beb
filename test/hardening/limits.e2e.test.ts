// Every resource limit, when hit, gives its own message naming the file, the limit and how to
// raise it, in Swedish and English; set by flag or in jamkrav.config.yaml. Run through the built
// CLI (the table, the help and the sizes: limits.test.ts).
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { jamkrav } from '../cli/run.js';
import { docx, expectCleanStderr, p, scratchFolders } from './helpers.js';
import { regex } from '../regex.js';

const dir = scratchFolders();

/** lint in `cwd` with JSON output; returns the run and its one stderr line. */
function lint(cwd: string, args: string[], lang: 'sv' | 'en' = 'en') {
  const r = jamkrav(['lint', '--lang', lang, '--format', 'json', ...args], { cwd });
  const lines = expectCleanStderr(r.stderr);
  return { ...r, lines };
}

const TEXT = 'Leverantören ska betala lika lön för lika arbete.';

describe('each limit, when hit, names the file, the limit and how to raise it', () => {
  it('--max-file-size: the file is refused before it is read', () => {
    const cwd = dir({ 'a.md': `${TEXT}\n`.repeat(60) });
    const r = lint(cwd, ['a.md', '--max-file-size', '2KB']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: a.md: the file is 3.1 KB; the limit is 2 KB (raise it with --max-file-size or limits.maxFileSize in ' +
        'jamkrav.config.yaml)',
    ]);
    expect(JSON.parse(r.stdout).files[0].error).toContain('--max-file-size');
    expect(lint(cwd, ['a.md', '--max-file-size', '4KB']).lines).toEqual([]);
  });

  it('--max-inflated-size: a zip part whose unpacked size is over the limit', () => {
    const cwd = dir({ 'a.docx': docx(p(TEXT).repeat(400)) });
    const r = lint(cwd, ['a.docx', '--max-inflated-size', '10KB']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(
      regex(
        /^jamkrav: a\.docx: part word\/document\.xml would inflate to \d+(\.\d)? KB; the limit is 10 KB /,
        /\(raise it with --max-inflated-size or limits\.maxInflatedSize/,
      ),
    );
    expect(lint(cwd, ['a.docx', '--max-inflated-size', '1MB']).lines).toEqual([]);
  });

  it('--max-ratio: a part that compresses suspiciously well (a zip bomb) is not inflated', () => {
    // 2 MB of one repeated paragraph compresses far beyond 200:1.
    const cwd = dir({ 'a.docx': docx(p(TEXT).repeat(30_000), { level: 9 }) });
    const r = lint(cwd, ['a.docx']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(
      regex(
        /^jamkrav: a\.docx: part word\/document\.xml is compressed \d+:1 \(limit 200:1\): possible zip bomb, /,
        /refused \(raise the limit with --max-ratio or limits\.maxRatio/,
      ),
    );
    expect(lint(cwd, ['a.docx', '--max-ratio', '100000']).lines).toEqual([]);
  });

  it('--max-zip-entries: an archive with too many entries', () => {
    const files: Zippable = {
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
          `<w:body>${p(TEXT)}</w:body></w:document>`,
      ),
    };
    for (let i = 0; i < 30; i++) files[`word/media/image${i}.png`] = strToU8('png');
    const cwd = dir({ 'a.docx': zipSync(files) });
    const r = lint(cwd, ['a.docx', '--max-zip-entries', '10']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: a.docx: the archive has more than 10 entries; refused (raise the limit with --max-zip-entries or ' +
        'limits.maxZipEntries in jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['a.docx', '--max-zip-entries', '40']).lines).toEqual([]);
  });

  it('--max-xml-depth: elements nested deeper than the limit', () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(20)}${p(TEXT)}${'</w:sdtContent></w:sdt>'.repeat(20)}`;
    const cwd = dir({ 'a.docx': docx(deep) });
    const r = lint(cwd, ['a.docx', '--max-xml-depth', '30']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: a.docx: part word/document.xml nests elements more than 30 levels deep; refused (raise the limit ' +
        'with --max-xml-depth or limits.maxXmlDepth in jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['a.docx']).lines).toEqual([]);
  });

  it('--max-paragraph: one paragraph longer than the limit', () => {
    const cwd = dir({ 'a.md': `# Krav\n\n${TEXT} ${'och så vidare '.repeat(200)}\n` });
    const r = lint(cwd, ['a.md', '--max-paragraph', '1000']);
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([
      'jamkrav: a.md: block 2 has more than 1000 characters; refused (raise the limit with --max-paragraph or ' +
        'limits.maxParagraph in jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['a.md', '--max-paragraph', '5000']).lines).toEqual([]);
  });

  it('--max-files: a run that finds more documents than the limit stops before reading any', () => {
    const cwd = dir(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`d${i}.md`, `${TEXT}\n`])));
    const r = lint(cwd, ['--max-files', '3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.lines).toEqual([
      'jamkrav: .: 5 documents found; the limit is 3 a run (raise it with --max-files or limits.maxFiles in ' +
        'jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['--max-files', '5']).code).not.toBe(2);
  });

  it('in Swedish by default', () => {
    const cwd = dir({ 'a.md': `${TEXT}\n`.repeat(60), 'b.md': `${TEXT}\n` });
    const r = lint(cwd, ['a.md', '--max-file-size', '2KB'], 'sv');
    expect(r.lines).toEqual([
      'jamkrav: a.md: filen är 3.1 KB; gränsen är 2 KB (höj gränsen med --max-file-size eller limits.maxFileSize i ' +
        'jamkrav.config.yaml)',
    ]);
    expect(lint(cwd, ['--max-files', '1'], 'sv').lines).toEqual([
      'jamkrav: .: 2 dokument hittades; gränsen är 1 per körning (höj gränsen med --max-files eller limits.maxFiles ' +
        'i jamkrav.config.yaml)',
    ]);
  });

  it('a limit hit in one file leaves the other files checked', () => {
    const cwd = dir({ 'stor.md': `${TEXT}\n`.repeat(60), 'liten.md': `${TEXT}\n` });
    const r = lint(cwd, ['--max-file-size', '2KB']);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as { path: string; error: string | null; format: string | null }[];
    expect(files.find((f) => f.path === 'liten.md')).toMatchObject({ error: null, format: 'markdown' });
    expect(files.find((f) => f.path === 'stor.md')!.error).toContain('2 KB');
  });
});

describe('limits in jamkrav.config.yaml', () => {
  it('limits: sets them for every run; a flag wins over the config', () => {
    const cwd = dir({
      'jamkrav.config.yaml': 'limits:\n  maxFileSize: 2KB\n  maxFiles: 4\n',
      'a.md': `${TEXT}\n`.repeat(60),
    });
    expect(lint(cwd, ['a.md']).lines[0]).toContain('the limit is 2 KB');
    expect(lint(cwd, ['a.md', '--max-file-size', '1MB']).lines).toEqual([]);
  });

  it('every key of limits: is honoured', () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(20)}${p(TEXT)}${'</w:sdtContent></w:sdt>'.repeat(20)}`;
    const cwd = dir({
      'jamkrav.config.yaml':
        'limits: { maxInflatedSize: 500000, maxRatio: 100000, maxZipEntries: 50, maxXmlDepth: 30, maxParagraph: ' +
        '100000, maxFiles: 10 }\n',
      'a.docx': docx(deep),
    });
    expect(lint(cwd, ['a.docx']).lines[0]).toContain('more than 30 levels deep');
  });

  it('a bad value is a positioned config error naming the key', () => {
    const unit = dir({ 'jamkrav.config.yaml': 'limits:\n  maxFileSize: 5XB\n', 'a.md': TEXT });
    const r1 = lint(unit, ['a.md']);
    expect(r1.code).toBe(2);
    expect(r1.lines[0]).toMatch(/^jamkrav: jamkrav\.config\.yaml:2:\d+: /);
    const unknown = dir({ 'jamkrav.config.yaml': 'limits:\n  maxFileSiz: 5MB\n', 'a.md': TEXT });
    expect(lint(unknown, ['a.md']).lines[0]).toMatch(/^jamkrav: jamkrav\.config\.yaml:2:3: .*maxFileSiz/);
    const zero = dir({ 'jamkrav.config.yaml': 'limits:\n  maxFiles: 0\n', 'a.md': TEXT });
    expect(lint(zero, ['a.md']).lines[0]).toMatch(/^jamkrav: jamkrav\.config\.yaml:2:\d+: /);
  });

  it('a bad flag value is a usage error naming the flag', () => {
    const cwd = dir({ 'a.md': TEXT });
    expect(lint(cwd, ['a.md', '--max-file-size', '5XB']).lines).toEqual([
      'jamkrav: --max-file-size: must be a size such as 50MB, 200KB or 4096 (bytes), not "5XB"',
    ]);
    expect(lint(cwd, ['a.md', '--max-files', '0']).lines).toEqual([
      'jamkrav: --max-files: must be a whole number greater than 0, not "0"',
    ]);
    expect(lint(cwd, ['a.md', '--max-xml-depth', '-3']).code).toBe(2);
  });
});
