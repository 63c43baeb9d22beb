// A small RFC 4180 CSV reader for tables kept in a spreadsheet (batch plans, score sheets,
// follow-up registers and reports): quoted fields with `""` escapes and line breaks, CRLF or LF,
// Excel's UTF-8 byte-order mark, and the delimiter of the header line (`,`, or `;` as Swedish
// Excel writes it, or a tab).

/** One record and the 1-based line it starts on (a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A parsed file: the delimiter used, the header record and the data records. */
export interface CsvTable {
  delimiter: string;
  header: CsvRecord;
  records: CsvRecord[];
}

/** A syntax error at a line; `code` picks the localised message. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    readonly code: 'unterminated-quote' | 'text-after-quote' | 'empty',
  ) {
    super(code);
  }
}

const CANDIDATES = [',', ';', '\t'] as const;

/** The delimiter that occurs most often outside quotes on the first line; `,` on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/**
 * Parses CSV text. Throws CsvSyntaxError for an unterminated quoted field, text after a closing
 * quote, or a file with no header line. Records whose cells are all empty (the `;;;` rows Excel
 * leaves at the end of a sheet) are dropped.
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    let cell = '';
    let ended = false;
    while (!ended) {
      if (text[i] === '"') {
        // Quoted field: runs to the next lone quote; `""` is a quote character.
        const open = line;
        i++;
        for (;;) {
          if (i >= text.length) throw new CsvSyntaxError(open, 'unterminated-quote');
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n') line++;
          cell += ch;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, 'text-after-quote');
        }
      } else {
        // Unquoted field: a stray quote inside (`5" skärm`) is kept as text, as Excel reads it.
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      }
      cells.push(cell);
      cell = '';
      const ch = text[i];
      if (ch === delimiter) {
        i++;
      } else {
        if (ch === '\r') i++;
        if (text[i] === '\n') i++;
        if (ch !== undefined) line++;
        ended = true;
      }
    }
    records.push({ line: start, cells });
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty.shift();
  if (!header) throw new CsvSyntaxError(1, 'empty');
  return { delimiter, header, records: nonEmpty };
}
