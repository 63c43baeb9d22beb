// Reading a tenderer's files with the hardened readers: the answer form by its keys, every other
// document as lint reads it. A file that cannot be read is named with the reader's one-line
// reason; the tenderer's other files are still read.
import { readDocumentBytes, type ReadOptions } from '../documents/index.js';
import { isUserError } from '../errors.js';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_LIMITS } from '../limits/read.js';
import { readAnswerForm, type FormReading } from '../generate/index.js';
import type { Document, Lang } from '../types.js';
import type { BidFile, Problem } from './types.js';

/** What a tenderer handed in, as read. */
export interface ReadBid {
  files: BidFile[];
  /** The answer form and its file, when exactly one was found. */
  form: { path: string; reading: FormReading } | null;
  /** The answer forms found (two or more: the bid is not evaluated). */
  forms: string[];
  documents: Document[];
  problems: Problem[];
}

/** A form lists its rules by id in its rows ("[diskrl3.pay]"); only then is it worth reading as one. */
const RULE_ID = /\[[a-z0-9]+\.[a-z0-9-]+\]/;

/** Reads one tenderer's files. */
export async function readBid(paths: readonly string[], lang: Lang, limits: ReadOptions = {}): Promise<ReadBid> {
  const out: ReadBid = { files: [], form: null, forms: [], documents: [], problems: [] };
  const maxBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const forms: Array<{ path: string; reading: FormReading }> = [];
  for (const path of paths) {
    try {
      const bytes = new Uint8Array(readUserFile(path, { lang, maxBytes, limit: 'maxFileBytes' }));
      const doc = await readDocumentBytes(path, bytes, { ...limits, lang });
      if (doc.format === 'docx' && doc.blocks.some((b) => RULE_ID.test(b.text))) {
        const reading = tryForm(bytes, path, lang);
        if (reading) {
          forms.push({ path, reading });
          out.files.push({ path, role: 'form', format: 'docx' });
          continue;
        }
      }
      out.documents.push(doc);
      out.files.push({ path, role: 'document', format: doc.format });
    } catch (e) {
      if (!isUserError(e)) throw e;
      out.files.push({ path, role: 'unreadable', error: e.message });
      out.problems.push({ file: path, message: e.message });
    }
  }
  out.forms = forms.map((f) => f.path);
  if (forms.length === 1) out.form = forms[0]!;
  return out;
}

/** The form's reading, or null when the DOCX is no answer form (an appendix the tenderer sent back). */
function tryForm(bytes: Uint8Array, path: string, lang: Lang): FormReading | null {
  try {
    const reading = readAnswerForm(bytes, path, lang);
    return reading.version !== undefined || reading.answers.some((a) => a.foundBy.answer || a.foundBy.accepted)
      ? reading
      : null;
  } catch (e) {
    if (isUserError(e)) return null;
    throw e;
  }
}
