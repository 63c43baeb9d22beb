// Opening a PDF under the limits. pdf.js has no option that bounds what it inflates or how long
// it works, so three things bound it from outside:
//  - before it starts, every Flate stream is inflated by zlib and counted (pdf-streams.ts): one
//    stream past --max-inflated-size, or all past --max-total-inflated, refuse the file;
//  - it runs in a thread of its own (pdf-thread.ts) whose heap is --max-pdf-memory, so a page of
//    millions of text items ends that thread, not the run;
//  - that thread is stopped when reading takes longer than --max-pdf-time, or when the process
//    grows by more than --max-pdf-memory plus twice --max-total-inflated (pdf.js's buffers live
//    outside the heap, where no thread limit reaches them).
// Where there is no thread file (the tests, which run the sources) pdf.js runs in this thread,
// after the same stream check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isUserError, type UserError } from '../errors.js';
import { fail, problem, type ReadContext } from './context.js';
import { formatSize } from '../limits/size.js';
import { pdfFailure, pdfJsPages, type PdfFailure, type PdfPage } from './pdf-pages.js';
import { checkPdfStreams, PdfStreamLimit } from './pdf-streams.js';

export type { PdfPage, PdfTextItem } from './pdf-pages.js';

/** A request to the PDF thread. */
export interface PdfRequest {
  id: number;
  bytes: Uint8Array;
}

/** The PDF thread's answers: one per page, then `done` or `error`. */
export type PdfReply =
  | { id: number; type: 'page'; page: PdfPage }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; failure: PdfFailure };

const THREAD_FILE = fileURLToPath(new URL('./pdf-thread.js', import.meta.url));
const MB = 1024 * 1024;
/** How often the process's size is looked at while a PDF is read. */
const MEMORY_POLL_MS = 50;

/**
 * Reads the PDF's text items page by page, calling `onPage` in page order.
 * @throws UserError for an encrypted or damaged PDF, or one over a limit
 */
export async function readPdfPages(
  ctx: ReadContext,
  bytes: Uint8Array,
  onPage: (page: PdfPage) => void,
): Promise<void> {
  try {
    await checkPdfStreams(bytes, ctx.limits);
  } catch (e) {
    if (!(e instanceof PdfStreamLimit)) throw e;
    if (e.kind === 'part')
      fail(ctx, 'pdfStreamTooLarge', { offset: e.offset, limit: formatSize(ctx.limits.maxPartBytes) });
    fail(ctx, 'pdfStreamsTotal', { limit: formatSize(ctx.limits.maxTotalBytes) });
  }
  const failure = existsSync(THREAD_FILE) ? await inThread(ctx, bytes, onPage) : await here(bytes, onPage);
  if (!failure) return;
  if (failure.name === 'PasswordException') fail(ctx, 'pdfEncrypted');
  fail(ctx, 'pdfInvalid', { detail: failure.message || failure.name || 'unknown error' });
}

async function here(bytes: Uint8Array, onPage: (page: PdfPage) => void): Promise<PdfFailure | undefined> {
  try {
    await pdfJsPages(bytes, onPage);
    return undefined;
  } catch (e) {
    if (isUserError(e)) throw e;
    return pdfFailure(e);
  }
}

/** The PDF thread of this thread, started on the first PDF and kept for the next ones. */
let thread: { worker: Worker; heapMb: number } | undefined;
let nextId = 1;
/** One PDF at a time per thread: a request waits for the one before it. */
let queue: Promise<unknown> = Promise.resolve();

function inThread(
  ctx: ReadContext,
  bytes: Uint8Array,
  onPage: (page: PdfPage) => void,
): Promise<PdfFailure | undefined> {
  const run = queue.then(() => readInThread(ctx, bytes, onPage));
  queue = run.catch(() => undefined);
  return run;
}

function pdfThread(heapMb: number): Worker {
  if (thread && thread.heapMb !== heapMb) stopThread();
  if (!thread) {
    const worker = new Worker(THREAD_FILE, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // An idle PDF thread never keeps the process alive; a request in flight has its timer for that.
    worker.unref();
    thread = { worker, heapMb };
  }
  return thread.worker;
}

function stopThread(): void {
  const t = thread;
  thread = undefined;
  if (t) void t.worker.terminate();
}

function readInThread(
  ctx: ReadContext,
  bytes: Uint8Array,
  onPage: (page: PdfPage) => void,
): Promise<PdfFailure | undefined> {
  const { maxPdfMemory, maxPdfSeconds, maxTotalBytes } = ctx.limits;
  const worker = pdfThread(Math.max(16, Math.ceil(maxPdfMemory / MB)));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const tooMuchMemory = (): UserError => problem(ctx, 'pdfTooMuchMemory', { limit: formatSize(maxPdfMemory) });
    const baseline = process.memoryUsage.rss();
    const growth = maxPdfMemory + 2 * maxTotalBytes;
    let settled = false;
    const settle = (): void => {
      settled = true;
      clearTimeout(timer);
      clearInterval(memory);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    /** Stops the thread (a new one serves the next PDF) and fails this one. */
    const stop = (e: UserError): void => {
      if (settled) return;
      settle();
      stopThread();
      reject(e);
    };
    const timer = setTimeout(() => stop(problem(ctx, 'pdfTooSlow', { seconds: maxPdfSeconds })), maxPdfSeconds * 1000);
    const memory = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > growth) stop(tooMuchMemory());
    }, MEMORY_POLL_MS);
    const onMessage = (reply: PdfReply): void => {
      if (settled || reply.id !== id) return;
      if (reply.type === 'page') {
        try {
          onPage(reply.page);
        } catch (e) {
          // Not the thread's fault, but it is still at work on this PDF: a fresh one takes the next.
          settle();
          stopThread();
          reject(e);
        }
        return;
      }
      settle();
      resolve(reply.type === 'error' ? reply.failure : undefined);
    };
    const onError = (e: Error): void => {
      const code = (e as NodeJS.ErrnoException).code;
      stop(code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory() : problem(ctx, 'pdfInvalid', { detail: e.message }));
    };
    const onExit = (): void => stop(problem(ctx, 'pdfInvalid', { detail: 'the reader stopped' }));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    // A copy of its own, handed over whole: the caller's bytes may share a larger buffer.
    const copy = bytes.slice();
    const request: PdfRequest = { id, bytes: copy };
    worker.postMessage(request, [copy.buffer]);
  });
}
