// Plain text and Markdown readers: structure, positions, encodings, comment suppressions.
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../../src/documents/index.js';
import { block, texts } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('plain text reader', () => {
  it('splits paragraphs at blank lines and reads bullets as list items, with 1-based line and column', async () => {
    const doc = await readDocumentBytes(
      'krav.txt',
      utf8('Leverantören ska\narbeta för jämställdhet.\n\n- första\n  - andra\n• tredje\n'),
    );
    expect(doc.format).toBe('text');
    expect(doc.blocks.map((b) => [b.kind, b.text, b.listLevel, b.loc])).toEqual([
      ['paragraph', 'Leverantören ska arbeta för jämställdhet.', undefined, { block: 1, line: 1, column: 1 }],
      ['list-item', 'första', 1, { block: 2, line: 4, column: 3 }],
      ['list-item', 'andra', 2, { block: 3, line: 5, column: 5 }],
      ['list-item', 'tredje', 1, { block: 4, line: 6, column: 3 }],
    ]);
  });

  it('ends a block at a ruled line, as pdftotext prints a table’s rules', async () => {
    const doc = await readDocumentBytes(
      'schedule.txt',
      utf8('Code   Commitment\n-----  ------------------\nSV-E1  Report the pay gap\n       by grade.\n'),
    );
    expect(texts(doc)).toEqual(['Code Commitment', 'SV-E1 Report the pay gap by grade.']);
  });

  it('accepts the HTML-comment suppression syntax; the comment is not text', async () => {
    const doc = await readDocumentBytes(
      'krav.txt',
      utf8('<!-- jamkrav-disable diskrl3.pay -- i avtalet -->\nLöner regleras i avtalet.\n'),
    );
    expect(texts(doc)).toEqual(['Löner regleras i avtalet.']);
    // It silences the block after it, and is reported on its own line.
    expect(doc.suppressions).toEqual([{ ruleId: 'diskrl3.pay', reason: 'i avtalet', loc: { block: 1, line: 1 } }]);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', async () => {
    const text = 'Jämställdhet är målet.';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(texts(await readDocumentBytes('le.txt', le))).toEqual([text]);
    expect(texts(await readDocumentBytes('be.txt', be))).toEqual([text]);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const doc = await readDocumentBytes('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hej')]));
    expect(texts(doc)).toEqual(['Hej']);
    expect(doc.warnings).toEqual([]);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning in the chosen language', async () => {
    // 'Lön – “x”' in Windows-1252: 0x96 is an en dash, 0x93/0x94 curly quotes.
    const bytes = new Uint8Array([0x4c, 0xf6, 0x6e, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94]);
    const en = await readDocumentBytes('gammal.txt', bytes, { lang: 'en' });
    expect(texts(en)).toEqual(['Lön – “x”']);
    expect(en.warnings).toEqual(['the file is not valid UTF-8; read as Windows-1252 (Latin-1)']);
    const sv = await readDocumentBytes('gammal.txt', bytes);
    expect(sv.warnings).toEqual(['filen är inte giltig UTF-8; läst som Windows-1252 (Latin-1)']);
  });

  it('places a suppression comment inside a paragraph on that paragraph', async () => {
    const doc = await readDocumentBytes(
      'krav.txt',
      utf8('Första.\n\nAndra stycket\n<!-- jamkrav-disable a.b -->\nfortsätter.\n- punkt\n'),
    );
    expect(texts(doc)).toEqual(['Första.', 'Andra stycket fortsätter.', 'punkt']);
    expect(doc.suppressions).toEqual([
      { ruleId: 'a.b', reason: '', loc: { block: doc.blocks[1]!.loc.block, line: 4 } },
    ]);
  });
});

describe('Markdown reader', () => {
  const md = [
    '---',
    'title: metadata, not text',
    '---',
    '# Krav på leverantören',
    '',
    'Leverantören **ska** arbeta för',
    '[jämställdhet](https://example.org) i `uppdraget`.',
    '',
    'Underrubrik',
    '-----------',
    '',
    '- punkt ett',
    '  - punkt två',
    '1. numrerad',
    '',
    '```',
    'kod som inte är text',
    '```',
    '',
    '| Krav | Poäng |',
    '|------|------:|',
    '| Lön  | 10    |',
    '',
    '<!-- jamkrav-disable diskrl3.pay -- regleras i bilaga -->',
    'Löner regleras i bilaga 2.',
    '',
    '> Citat som stycke.',
  ].join('\n');

  it('reads ATX and setext headings, paragraphs without inline syntax, lists with levels', async () => {
    const doc = await readDocumentBytes('krav.md', utf8(md));
    expect(doc.format).toBe('markdown');
    expect(block(doc, 'Krav på')).toMatchObject({ kind: 'heading', level: 1, loc: { block: 1, line: 4, column: 1 } });
    expect(texts(doc)).toContain('Leverantören ska arbeta för jämställdhet i uppdraget.');
    expect(block(doc, 'Underrubrik')).toMatchObject({
      kind: 'heading',
      level: 2,
      headingPath: ['Krav på leverantören', 'Underrubrik'],
    });
    expect(block(doc, 'punkt ett')).toMatchObject({ kind: 'list-item', listLevel: 1, loc: { line: 12, column: 3 } });
    expect(block(doc, 'punkt två')).toMatchObject({ kind: 'list-item', listLevel: 2 });
    expect(block(doc, 'numrerad')).toMatchObject({ kind: 'list-item', listLevel: 1 });
    expect(texts(doc)).toContain('Citat som stycke.');
  });

  it('drops struck-through text, which the author deleted in plain sight', async () => {
    const doc = await readDocumentBytes('krav.md', utf8('12.7 ~~Leverantören ska föra över kraven.~~ *Utgår.*\n'));
    expect(texts(doc)).toEqual(['12.7 Utgår.']);
  });

  it('skips front matter and code blocks', async () => {
    const all = texts(await readDocumentBytes('krav.md', utf8(md))).join(' ');
    expect(all).not.toContain('metadata');
    expect(all).not.toContain('kod som');
  });

  it('reads pipe tables as cells with row and column', async () => {
    const doc = await readDocumentBytes('krav.md', utf8(md));
    expect(doc.blocks.filter((b) => b.kind === 'table-cell').map((b) => [b.text, b.table, b.loc.line])).toEqual([
      ['Krav', { id: 1, row: 1, col: 1 }, 20],
      ['Poäng', { id: 1, row: 1, col: 2 }, 20],
      ['Lön', { id: 1, row: 2, col: 1 }, 22],
      ['10', { id: 1, row: 2, col: 2 }, 22],
    ]);
  });

  it('reads every row of a longer pipe table (the third body row was once taken for the delimiter)', async () => {
    const doc = await readDocumentBytes('t.md', utf8('| A | B |\n|---|---|\n| x | 1 |\n| y | 2 |\n| z | 3 |\n'));
    expect(doc.blocks.map((b) => [b.kind, b.text, b.table?.row])).toEqual([
      ['table-cell', 'A', 1],
      ['table-cell', 'B', 1],
      ['table-cell', 'x', 2],
      ['table-cell', '1', 2],
      ['table-cell', 'y', 3],
      ['table-cell', '2', 3],
      ['table-cell', 'z', 4],
      ['table-cell', '3', 4],
    ]);
  });

  it(
    'turns jamkrav-disable HTML comments into suppressions ' + 'on the following block, reported on their own line',
    async () => {
      const doc = await readDocumentBytes('krav.md', utf8(md));
      const target = block(doc, 'Löner regleras');
      expect(doc.suppressions).toEqual([
        {
          ruleId: 'diskrl3.pay',
          reason: 'regleras i bilaga',
          loc: { block: target.loc.block, line: target.loc.line! - 1 },
        },
      ]);
      expect(texts(doc).join(' ')).not.toContain('jamkrav-disable');
    },
  );

  it('treats .markdown like .md and any other text as plain text', async () => {
    expect((await readDocumentBytes('a.markdown', utf8('# Rubrik'))).format).toBe('markdown');
    expect((await readDocumentBytes('a.txt', utf8('# Rubrik'))).blocks[0]!.kind).toBe('paragraph');
  });
});
