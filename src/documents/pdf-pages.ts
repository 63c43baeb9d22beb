// pdf.js itself: open a PDF with everything that could run code or fetch turned off, and give the
// text items of each page. Runs in the PDF thread (pdf-thread.ts), or in the calling thread where
// there is no thread file (the tests, which run the sources); pdf-open.ts decides which.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One text item, in the shape pdf.js gives it (the fields the layout reads). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  /** The font pdf.js loaded for the item: the reflow tells headings by a font of their own. */
  fontName: string;
}

/** A page's text items; `page` is 1-based. */
export interface PdfPage {
  page: number;
  items: PdfTextItem[];
}

/** What pdf.js threw, as plain data (it crosses the thread boundary). */
export interface PdfFailure {
  name: string;
  message: string;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<{ lib: PdfJs; dir: string }> | undefined;

/** Loads pdfjs once, with its worker run in-process from the installed file (nothing fetched). */
function loadPdfJs(): Promise<{ lib: PdfJs; dir: string }> {
  pdfjs ??= (async () => {
    const require = createRequire(import.meta.url);
    const worker = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(worker).href;
    return { lib, dir: join(dirname(worker), '..', '..') };
  })();
  return pdfjs;
}

/**
 * Calls `onPage` with each page's text items, in order. Rejects with what pdf.js threw (a
 * PasswordException for an encrypted file, anything else for a damaged one).
 */
export async function pdfJsPages(bytes: Uint8Array, onPage: (page: PdfPage) => void): Promise<void> {
  const { lib, dir } = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdfjs may transfer (detach) the buffer it is given
    isEvalSupported: false, // CVE-2024-4367: never compile font code from the file
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: `${join(dir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const it of content.items) {
        if ('str' in it)
          items.push({
            str: it.str,
            transform: it.transform as number[],
            width: it.width,
            height: it.height,
            hasEOL: it.hasEOL,
            fontName: it.fontName,
          });
      }
      page.cleanup();
      onPage({ page: p, items });
    }
  } finally {
    await task.destroy();
  }
}

/** What pdf.js threw, as data. */
export function pdfFailure(e: unknown): PdfFailure {
  return e instanceof Error ? { name: e.name, message: e.message } : { name: '', message: String(e) };
}
