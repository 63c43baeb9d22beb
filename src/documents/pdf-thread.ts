// The PDF thread: reads one PDF at a time with pdf.js and sends each page's text items back.
// It exists so that pdf-open.ts can bound what reading a PDF costs: the thread has its own heap
// limit and can be stopped from outside, which pdf.js running in the caller's thread cannot.
import { parentPort } from 'node:worker_threads';
import { pdfFailure, pdfJsPages } from './pdf-pages.js';
import type { PdfReply, PdfRequest } from './pdf-open.js';

const port = parentPort;
if (port) {
  port.on('message', async (req: PdfRequest) => {
    const send = (reply: PdfReply): void => port.postMessage(reply);
    try {
      await pdfJsPages(req.bytes, (page) => send({ id: req.id, type: 'page', page }));
      send({ id: req.id, type: 'done' });
    } catch (e) {
      send({ id: req.id, type: 'error', failure: pdfFailure(e) });
    }
  });
}
