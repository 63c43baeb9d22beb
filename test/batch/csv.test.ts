// The CSV reader: what Excel, LibreOffice and hand-written plans produce.
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv } from '../../src/csv.js';

describe('parseCsv', () => {
  it('reads a plain comma-separated file', () => {
    const t = parseCsv('output,title\na.docx,Hemtjänst\nb.docx,Skolskjuts\n');
    expect(t.header.cells).toEqual(['output', 'title']);
    expect(t.records).toEqual([
      { line: 2, cells: ['a.docx', 'Hemtjänst'] },
      { line: 3, cells: ['b.docx', 'Skolskjuts'] },
    ]);
  });

  it('reads what Swedish Excel saves: BOM, semicolons, CRLF, quoted fields with "" and line breaks', () => {
    const text =
      '\uFEFFoutput;title;exclude\r\n"a.docx";"Städning, ""lokalvård""";"x.a;x.b"\r\nb.docx;"två\r\nrader";\r\n';
    const t = parseCsv(text);
    expect(t.delimiter).toBe(';');
    expect(t.header.cells).toEqual(['output', 'title', 'exclude']);
    expect(t.records[0]).toEqual({ line: 2, cells: ['a.docx', 'Städning, "lokalvård"', 'x.a;x.b'] });
    expect(t.records[1]).toEqual({ line: 3, cells: ['b.docx', 'två\r\nrader', ''] });
  });

  it('counts lines through quoted line breaks, so later rows keep their true line numbers', () => {
    const t = parseCsv('output,title\na.docx,"one\ntwo\nthree"\nb.docx,x\n');
    expect(t.records.map((r) => r.line)).toEqual([2, 5]);
  });

  it('drops the empty rows a spreadsheet leaves at the end, and reads a last line without newline', () => {
    const t = parseCsv('output;title\na.docx;A\n;;\n\n;\nb.docx;B');
    expect(t.records.map((r) => r.cells[0])).toEqual(['a.docx', 'b.docx']);
  });

  it('keeps a stray quote inside an unquoted field, as Excel reads it', () => {
    expect(parseCsv('output,title\na.docx,27" skärmar\n').records[0]!.cells[1]).toBe('27" skärmar');
  });

  it('detects the delimiter from the header line only', () => {
    expect(detectDelimiter('a;b;c\nx,y,z,w,v')).toBe(';');
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('output\n')).toBe(',');
  });

  it.each([
    ['output,title\na.docx,"never closed\nb.docx,x\n', 2, 'unterminated-quote'],
    ['output,title\na.docx,"quoted"tail\n', 2, 'text-after-quote'],
    ['\uFEFF\r\n,,\r\n', 1, 'empty'],
  ])('reports a syntax error with its line: %j', (text, line, code) => {
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect(e).toMatchObject({ line, code });
    }
  });
});
