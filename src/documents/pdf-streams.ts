// What a PDF's compressed streams inflate to, counted before pdf.js sees the file. pdf.js inflates
// a content stream whole into one growing buffer and offers no option to bound it: a 1 MB PDF
// holding a 1 GB stream of drawing operators took 2.2 GB and three minutes. Here every Flate
// stream is inflated by zlib under the document's limits (one stream: `maxPartBytes`, all of
// them: `maxTotalBytes`), and the file is refused before pdf.js starts if either is passed.
//
// Streams are found by their `stream` keyword wherever it stands, not by following the file's
// cross-reference table: a damaged or hostile table must not hide a stream that pdf.js, which
// repairs tables, would still find. Each is inflated from its start to the end of its deflate
// data (a `/Length` or an `endstream` inside the compressed bytes cannot cut it short), so the
// count is never below what pdf.js would inflate once. What is inflated is searched again, for
// the streams of an object stream and for Flate inside Flate.
import { constants, createInflate, inflateSync } from 'node:zlib';

/** Why a PDF is refused: one stream, or the document's streams together, past a limit. */
export class PdfStreamLimit extends Error {
  constructor(
    readonly kind: 'part' | 'total',
    /** Byte offset of the stream in the file (for `part`) or of the stream that passed the total. */
    readonly offset: number,
  ) {
    super(kind);
  }
}

export interface StreamLimits {
  maxPartBytes: number;
  maxTotalBytes: number;
}

/** How deep streams inside inflated streams are followed (object streams, Flate inside Flate). */
const MAX_NESTING = 4;

const KEYWORD = Buffer.from('stream');

/**
 * Counts what every Flate stream of `pdf` inflates to. Resolves with the total, or rejects with
 * a PdfStreamLimit as soon as one stream passes `maxPartBytes` or all of them `maxTotalBytes`.
 */
export async function checkPdfStreams(pdf: Uint8Array, limits: StreamLimits): Promise<number> {
  const state = { total: 0 };
  await scan(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), limits, state, 0, -1);
  return state.total;
}

type Count = { total: number };

/** Counts every Flate stream whose `stream` keyword is in `data`; `outer` is the file offset blamed. */
async function scan(data: Buffer, limits: StreamLimits, state: Count, depth: number, outer: number): Promise<void> {
  for (let k = data.indexOf(KEYWORD); k >= 0; k = data.indexOf(KEYWORD, k + KEYWORD.length)) {
    const start = dataStart(data, k);
    if (start >= 0) await count(data.subarray(start), limits, state, depth, outer >= 0 ? outer : k);
  }
}

/** Counts the Flate stream at the start of `data` (if it is one), then what is inside it. */
async function count(data: Buffer, limits: StreamLimits, state: Count, depth: number, at: number): Promise<void> {
  // pdf.js reads a Flate stream only after checking its two-byte zlib header: so does this.
  if (!zlibHeader(data[0], data[1])) return;
  const room = Math.min(limits.maxPartBytes, limits.maxTotalBytes - state.total);
  const out = await inflateBounded(data, room);
  state.total += out.length;
  if (out.exceeded) throw new PdfStreamLimit(room === limits.maxPartBytes ? 'part' : 'total', at);
  if (depth >= MAX_NESTING || out.data.length === 0) return;
  // A stream inside: Flate whose data is Flate again, or the objects of an object stream.
  if (zlibHeader(out.data[0], out.data[1])) await count(out.data, limits, state, depth + 1, at);
  else await scan(out.data, limits, state, depth + 1, at);
}

/**
 * Where the data of the `stream` keyword at `k` starts (after its line end, as pdf.js reads it),
 * or -1 when the keyword is part of a longer word (`endstream`, `streams`).
 */
function dataStart(data: Buffer, k: number): number {
  const before = k > 0 ? data[k - 1]! : 0x20;
  if (isRegular(before)) return -1;
  const after = k + KEYWORD.length;
  if (after < data.length && isRegular(data[after]!)) return -1;
  let i = after;
  while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++;
  if (data[i] === 0x0d && data[i + 1] === 0x0a) i++;
  return i + 1;
}

/** A byte that continues a PDF keyword (neither white space nor a delimiter). */
function isRegular(b: number): boolean {
  return !(
    b === 0x20 ||
    b === 0x0a ||
    b === 0x0d ||
    b === 0x09 ||
    b === 0x0c ||
    b === 0x00 ||
    b === 0x28 ||
    b === 0x29 ||
    b === 0x3c ||
    b === 0x3e ||
    b === 0x5b ||
    b === 0x5d ||
    b === 0x7b ||
    b === 0x7d ||
    b === 0x2f ||
    b === 0x25
  );
}

/** The checks pdf.js makes on a Flate stream's first two bytes. */
function zlibHeader(cmf: number | undefined, flg: number | undefined): boolean {
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 0x08 && ((cmf << 8) + flg) % 31 === 0 && (flg & 0x20) === 0;
}

/**
 * Inflates the zlib stream at the start of `input` until it ends, breaks, or passes `room`
 * bytes, and keeps the output while it is under `room`. Bytes after the stream's end are never
 * read. Synchronously first (nearly every stream); a damaged stream is inflated again as a
 * stream of chunks, to count what came out before the damage, as pdf.js keeps that much too.
 */
async function inflateBounded(
  input: Buffer,
  room: number,
): Promise<{ length: number; data: Buffer; exceeded: boolean }> {
  try {
    const data = inflateSync(input, { maxOutputLength: room + 1, finishFlush: constants.Z_SYNC_FLUSH });
    return data.length > room
      ? { length: data.length, data: Buffer.alloc(0), exceeded: true }
      : { length: data.length, data, exceeded: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      return { length: room + 1, data: Buffer.alloc(0), exceeded: true };
  }
  return inflateChunks(input, room);
}

function inflateChunks(input: Buffer, room: number): Promise<{ length: number; data: Buffer; exceeded: boolean }> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: 64 * 1024 });
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const finish = (exceeded: boolean): void => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve({ length, data: exceeded ? Buffer.alloc(0) : Buffer.concat(chunks), exceeded });
    };
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > room) finish(true);
      else chunks.push(chunk);
    });
    inflate.on('end', () => finish(false));
    inflate.on('error', () => finish(false));
    inflate.end(input);
  });
}
