// The lint pool (src/lint/pool.ts) with real worker threads: a worker that dies fails only the
// file it was on and is replaced; a task lost between taking and marking is linted at the end.
// Worker threads need JavaScript, so this runs the built pool (dist/, made by `npm test`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FileJob, FileTask } from '../../src/lint/lint-file.js';
import type { RunOutput, WorkerInit } from '../../src/lint/pool.js';
import type { ReadJob } from '../../src/lint/read-file.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const dist = (file: string) => pathToFileURL(join(DIST, file)).href;

interface Pool {
  runPool(
    tasks: readonly FileTask[],
    job: FileJob,
    init: WorkerInit | ReadJob,
    size: number,
    workerFile: string,
    here?: boolean,
  ): Promise<RunOutput>;
}

/** A worker like lint-worker.js that misbehaves on files named for it. */
const FLAKY_WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
const { lintFile } = await import(${JSON.stringify(dist('lint/lint-file.js'))});
const { createMatcher } = await import(${JSON.stringify(dist('lint/matcher.js'))});
const { Claims } = await import(${JSON.stringify(dist('lint/claims.js'))});
const { ruleFilter } = await import(${JSON.stringify(dist('lint/select.js'))});
const { init, tasks, claims, slot } = workerData;
const job = { ...init, matcher: createMatcher(init.reading), isReported: ruleFilter(init.patterns) };
for (let id = Claims.take(claims); id < tasks.length; id = Claims.take(claims)) {
  // Dies before marking the task: nobody knows it was taken.
  if (tasks[id].path.startsWith('vanish')) process.exit(7);
  Claims.mark(claims, slot, id);
  if (tasks[id].path.startsWith('boom')) throw new Error('boom on purpose');
  const { result, notices } = await lintFile(tasks[id], job);
  parentPort.postMessage({ id, result, notices });
  Claims.mark(claims, slot, -1);
}
`;

/** A reader like read-worker.js that dies on files named for it. */
const FLAKY_READER = `
import { parentPort, workerData } from 'node:worker_threads';
const { readJobOf, readTask, toSent } = await import(${JSON.stringify(dist('lint/read-file.js'))});
const { Claims } = await import(${JSON.stringify(dist('lint/claims.js'))});
const { init, tasks, claims, slot } = workerData;
for (let id = Claims.take(claims); id < tasks.length; id = Claims.take(claims)) {
  Claims.mark(claims, slot, id);
  if (tasks[id].path.startsWith('boom')) throw new Error('boom on purpose');
  parentPort.postMessage({ id, read: toSent(await readTask(tasks[id], readJobOf(init))) });
  Claims.sent(claims);
  Claims.mark(claims, slot, -1);
}
`;

async function setUp(names: string[], script = FLAKY_WORKER, cacheKeys = false) {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-pool-'));
  for (const name of names)
    writeFileSync(join(dir, name), `# ${name}\n\nLeverantören ska ha rutiner för föräldraledighet.\n`);
  const worker = join(dir, 'flaky-worker.mjs');
  writeFileSync(worker, script);
  const { runPool } = (await import(dist('lint/pool.js'))) as Pool;
  const { readJobOf } = (await import(dist('lint/read-file.js'))) as { readJobOf: (job: FileJob) => ReadJob };
  const { createMatcher } = (await import(dist('lint/matcher.js'))) as {
    createMatcher: (reading: WorkerInit['reading']) => FileJob['matcher'];
  };
  const { loadCatalogue, loadReading } = (await import(dist('packs/index.js'))) as {
    loadCatalogue: () => Promise<{ rules: WorkerInit['rules'] }>;
    loadReading: () => Promise<{ spec?: WorkerInit['reading'] }>;
  };
  const { rules } = await loadCatalogue();
  const reading = (await loadReading()).spec!;
  const init: WorkerInit = {
    rules,
    reading,
    languagePacks: [],
    patterns: { only: [], exclude: [] },
    level: 'base',
    lang: 'en',
    ...(cacheKeys ? { cacheKeys } : {}),
  };
  const { LanguageChecks } = (await import(dist('quality/index.js'))) as {
    LanguageChecks: new (packs: WorkerInit['languagePacks']) => FileJob['language'];
  };
  const job: FileJob = {
    ...init,
    matcher: createMatcher(reading),
    language: new LanguageChecks(init.languagePacks),
    isReported: () => true,
  };
  const tasks: FileTask[] = names.map((name) => ({
    abs: join(dir, name),
    path: name,
    settings: { severity: {}, suppress: {} },
  }));
  return {
    dir,
    run: (size: number) => runPool(tasks, job, init, size, worker, false),
    /** With the real reader thread: it reads every file, this thread lints them all. */
    read: () => runPool(tasks, job, readJobOf(job), 1, fileURLToPath(dist('lint/read-worker.js')), false),
  };
}

describe('lint pool: worker threads that die', { timeout: 60_000 }, () => {
  it('a worker that dies on a file fails that file alone; every other file is still linted', async () => {
    const names = ['a.md', 'b.md', 'boom-1.md', 'c.md', 'boom-2.md', 'd.md', 'e.md'];
    const { run } = await setUp(names);
    const out = await run(1);
    expect(out.results.map((r) => r.path)).toEqual(names);
    expect(out.results.map((r) => r.error)).toEqual([
      null,
      null,
      'boom on purpose',
      null,
      'boom on purpose',
      null,
      null,
    ]);
    // The files after each death were linted for real.
    for (const r of out.results.filter((x) => x.error === null)) {
      expect(r.format).toBe('markdown');
      expect(r.coverage.map((c) => c.ruleId)).toContain('diskrl3.parenthood');
    }
  });

  it('a task taken by a worker that died before marking it is linted here at the end', async () => {
    const names = ['a.md', 'vanish.md', 'b.md', 'c.md'];
    const { run } = await setUp(names);
    const out = await run(1);
    expect(out.results.map((r) => [r.path, r.error, r.format])).toEqual(names.map((n) => [n, null, 'markdown']));
  });
});

describe('lint pool: a reader thread', { timeout: 60_000 }, () => {
  it('reads every file while this thread lints them, with the results of linting here', async () => {
    const names = ['a.md', 'b.md', 'gone.md', 'c.md'];
    const { read, dir } = await setUp(names, undefined, true);
    // A file that cannot be read comes back as done with, its error said once.
    rmSync(join(dir, 'gone.md'));
    const out = await read();
    expect(out.results.map((r) => [r.path, r.format, r.error === null])).toEqual([
      ['a.md', 'markdown', true],
      ['b.md', 'markdown', true],
      ['gone.md', null, false],
      ['c.md', 'markdown', true],
    ]);
    expect(out.results[2]!.error).toBe('file not found');
    // With --cache the reader makes each key from the bytes it read (none for a file not read).
    expect(out.keys.map((k) => (k === undefined ? 'none' : k.length))).toEqual([64, 64, 'none', 64]);
    for (const r of out.results.filter((x) => x.error === null)) {
      expect(r.coverage.map((c) => c.ruleId)).toContain('diskrl3.parenthood');
    }
  });

  it('reads more files than it may read ahead, waiting for this thread to take them', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `tender-${String(i).padStart(2, '0')}.md`);
    const { read } = await setUp(names);
    const out = await read();
    expect(out.results.map((r) => [r.path, r.error])).toEqual(names.map((n) => [n, null]));
    for (const r of out.results) expect(r.coverage.map((c) => c.ruleId)).toContain('diskrl3.parenthood');
  });

  it('a reader that found no room sleeps until half of what it read ahead is taken', async () => {
    const { Claims, READ_AHEAD } = (await import(dist('lint/claims.js'))) as {
      Claims: { create(n: number): Int32Array; sent(c: Int32Array): void; taken(c: Int32Array): void };
      READ_AHEAD: number;
    };
    const claims = Claims.create(1);
    for (let i = 0; i < READ_AHEAD; i++) Claims.sent(claims);
    // The reader says when it starts waiting and, once woken, how many documents still wait.
    const reader = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
      import(${JSON.stringify(dist('lint/claims.js'))}).then(({ Claims }) => {
        parentPort.postMessage('waiting');
        Claims.waitForRoom(workerData);
        parentPort.postMessage(Atomics.load(workerData, 1));
      });`,
      { eval: true, workerData: claims },
    );
    const said: unknown[] = [];
    const next = () => new Promise((resolve) => reader.once('message', resolve));
    said.push(await next());
    const woken = next().then((n) => said.push(n));
    const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
    await pause();
    for (let i = 0; i < READ_AHEAD / 2 - 1; i++) Claims.taken(claims);
    await pause();
    expect(said).toEqual(['waiting']);
    Claims.taken(claims);
    await woken;
    expect(said).toEqual(['waiting', READ_AHEAD / 2]);
    await reader.terminate();
  });

  it('a reader that dies on a file fails that file alone; a new reader reads the rest', async () => {
    const names = ['a.md', 'boom-1.md', 'b.md', 'boom-2.md', 'c.md'];
    const { run } = await setUp(names, FLAKY_READER);
    const out = await run(1);
    expect(out.results.map((r) => [r.path, r.error])).toEqual([
      ['a.md', null],
      ['boom-1.md', 'boom on purpose'],
      ['b.md', null],
      ['boom-2.md', 'boom on purpose'],
      ['c.md', null],
    ]);
    for (const r of out.results.filter((x) => x.error === null)) {
      expect(r.coverage.map((c) => c.ruleId)).toContain('diskrl3.parenthood');
    }
  });
});
