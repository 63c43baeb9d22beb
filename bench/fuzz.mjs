// `npm run fuzz`: the long fuzzing run. Every target of bench/fuzz-lib.mjs gets many inputs
// (default 3,000 each, about 24,000 in all) against the built library, spread over worker threads.
// Each worker has a 512 MB heap (an input that needs more kills the worker: a crash) and a
// watchdog gives every input a wall-clock limit (a hang: a crash). A crashing input is saved under
// bench/out/fuzz-crashes/ with the seed to replay it. Prints per-target counts and "0 crashes",
// exits 1 on any crash.
//
//   npm run fuzz                         # a fresh seed, printed
//   npm run fuzz -- --seed 42 --runs 500 --target docx,pack
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CRASH_DIR = join(ROOT, 'bench/out/fuzz-crashes');
/** Room for the input being run, so the watchdog can save it when a worker hangs or dies. */
const CURRENT_BYTES = 16 * 1024 * 1024;
const HEAP_MB = 512;

if (isMainThread) await main();
else await work();

function args() {
  const out = {
    seed: Date.now() % 2 ** 31,
    runs: 3000,
    timeoutMs: 10_000,
    targets: null,
    threads: availableParallelism(),
  };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = inline ?? argv[++i];
    if (flag === '--seed') out.seed = Number(value);
    else if (flag === '--runs') out.runs = Number(value);
    else if (flag === '--timeout-ms') out.timeoutMs = Number(value);
    else if (flag === '--target') out.targets = value.split(',');
    else if (flag === '--threads') out.threads = Math.max(1, Number(value));
    else {
      console.error(`fuzz: unknown flag ${flag}`);
      process.exit(2);
    }
  }
  return out;
}

async function main() {
  const opts = args();
  const { makeTargets, loadSeeds } = await import('./fuzz-lib.mjs');
  const names = makeTargets(fakeApi(), loadSeeds(ROOT), tmpdir())
    .map((t) => t.name)
    .filter((n) => !opts.targets || opts.targets.includes(n));
  console.log(
    `fuzz: seed ${opts.seed}, ${opts.runs} inputs per target, ${names.length} targets, ${opts.threads} threads, ` +
      `${HEAP_MB} MB heap and ${opts.timeoutMs} ms per input`,
  );
  const started = performance.now();
  // Targets are dealt to threads in turn; each (target, seed) pair is one fc.assert run.
  const queue = names.map((name, i) => ({ name, seed: opts.seed + i, runs: opts.runs }));
  const results = [];
  const crashes = [];
  await Promise.all(
    Array.from({ length: Math.min(opts.threads, queue.length) }, () => runThread(queue, opts, results, crashes)),
  );
  const seconds = (performance.now() - started) / 1000;
  let total = 0;
  for (const r of results.sort((a, b) => a.name.localeCompare(b.name))) {
    total += r.count;
    console.log(
      `  ${r.name.padEnd(14)} ${String(r.count).padStart(7)} inputs  ${String(r.values).padStart(6)} read  ` +
        `${String(r.userErrors).padStart(6)} clean errors  slowest ${r.slowestMs.toFixed(0).padStart(5)} ms  heap ` +
        `peak ${r.heapMb.toFixed(0)} MB`,
    );
  }
  console.log(
    `fuzz: ${total} inputs in ${seconds.toFixed(1)} s, ${crashes.length} crash${crashes.length === 1 ? '' : 'es'}`,
  );
  for (const c of crashes) console.log(`  crash in ${c.name} (seed ${c.seed}): ${c.message}\n    saved: ${c.saved}`);
  if (crashes.length > 0) process.exitCode = 1;
}

/** Runs targets from `queue` on one worker at a time, replacing a worker that hangs or dies. */
async function runThread(queue, opts, results, crashes) {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const shared = new SharedArrayBuffer(CURRENT_BYTES + 16);
    const progress = new Int32Array(shared, 0, 4);
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { job, shared },
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
      stdout: true,
      stderr: true,
    });
    // pdfjs and friends may talk; a fuzz run's output is its counts.
    worker.stdout.resume();
    worker.stderr.resume();
    await new Promise((resolve) => {
      let last = -1;
      let since = performance.now();
      let settled = false;
      const finish = () => {
        settled = true;
        clearInterval(watchdog);
        resolve();
      };
      const lost = (why) => {
        if (settled) return;
        const saved = saveCurrent(shared, job, why);
        crashes.push({ name: job.name, seed: job.seed, message: why, saved });
        results.push({
          name: job.name,
          count: Atomics.load(progress, 0),
          values: 0,
          userErrors: 0,
          slowestMs: 0,
          heapMb: 0,
        });
        finish();
      };
      const watchdog = setInterval(() => {
        const count = Atomics.load(progress, 0);
        if (count !== last) {
          last = count;
          since = performance.now();
        } else if (performance.now() - since > opts.timeoutMs) {
          lost(`input ${count} ran over ${opts.timeoutMs} ms (hang)`);
          void worker.terminate();
        }
      }, 250);
      worker.on('message', (m) => {
        if (m.type === 'done') {
          results.push(m.result);
          if (m.crash) crashes.push({ name: job.name, seed: job.seed, ...m.crash });
          finish();
        }
      });
      worker.on('error', (e) => lost(`worker died: ${e.message}`));
      worker.on('exit', (code) => lost(`worker exited (${code})`));
    });
    await worker.terminate();
  }
}

/** Writes the input a worker was running when it hung or died. */
function saveCurrent(shared, job, why) {
  const head = new Int32Array(shared, 0, 4);
  const length = Atomics.load(head, 1);
  const nameLength = Atomics.load(head, 2);
  const bytes = new Uint8Array(shared, 16, CURRENT_BYTES);
  const name = new TextDecoder().decode(bytes.slice(0, nameLength));
  const data = bytes.slice(nameLength, nameLength + length);
  const dir = join(CRASH_DIR, `${job.name}-seed${job.seed}-input${Atomics.load(head, 0)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name || 'input.bin'), data);
  writeFileSync(join(dir, 'why.txt'), `${why}\nreplay: npm run fuzz -- --seed ${job.seed} --target ${job.name}\n`);
  return dir;
}

/** Enough of an API for listing target names in the main thread. */
function fakeApi() {
  return { fs: { writeFileSync() {}, mkdirSync() {} }, stringify: String };
}

// ---------------------------------------------------------------------------------------------
// Worker: one target, one fc.assert run with the given seed.

async function work() {
  const { job, shared } = workerData;
  const fs = await import('node:fs');
  const { stringify } = await import('yaml');
  const { fc, loadSeeds, makeTargets, outcome, prototypeKeys } = await import('./fuzz-lib.mjs');
  const lib = await import('../dist/index.js');
  const { loadManifest } = await import('../dist/batch/index.js');
  const catalogue = await lib.loadCatalogue({ packs: [join(ROOT, 'test/fixtures/generate/test-pack.yaml')] });
  const appendix = await lib.generate({ catalogue, meta: { tender: { title: 'Fuzz' } }, date: '2026-01-01' });
  const seeds = loadSeeds(ROOT, { docx: [appendix.data] });
  const dir = mkdtempSync(join(tmpdir(), `jamkrav-fuzz-${job.name}-`));
  const api = { ...lib, loadManifest, catalogue, stringify, fs };
  const target = makeTargets(api, seeds, dir).find((t) => t.name === job.name);

  const head = new Int32Array(shared, 0, 4);
  const current = new Uint8Array(shared, 16, CURRENT_BYTES);
  const enc = new TextEncoder();
  const protoBefore = prototypeKeys();
  const result = { name: job.name, count: 0, values: 0, userErrors: 0, slowestMs: 0, heapMb: 0 };
  let crash;
  const details = await fc.check(
    fc.asyncProperty(target.arb, async (input) => {
      // Park the input where the watchdog can save it, then count it as started.
      const { name, bytes } = target.file(input);
      const nameBytes = enc.encode(name);
      const room = Math.max(0, Math.min(bytes.length, CURRENT_BYTES - nameBytes.length));
      current.set(nameBytes, 0);
      current.set(bytes.subarray(0, room), nameBytes.length);
      Atomics.store(head, 1, room);
      Atomics.store(head, 2, nameBytes.length);
      Atomics.add(head, 0, 1);
      result.count++;
      const o = await outcome(() => target.run(input), lib.isUserError);
      result.slowestMs = Math.max(result.slowestMs, o.ms);
      if (result.count % 100 === 0) result.heapMb = Math.max(result.heapMb, process.memoryUsage().heapUsed / 2 ** 20);
      if (!o.ok) throw o.error;
      if (prototypeKeys() !== protoBefore || {}.polluted !== undefined) throw new Error('Object.prototype was changed');
      if (o.kind === 'value') result.values++;
      else result.userErrors++;
    }),
    { seed: job.seed, numRuns: job.runs },
  );
  if (details.failed) {
    // The shrunk counterexample is saved beside the error, to replay by hand or with the seed.
    const dirOut = join(CRASH_DIR, `${job.name}-seed${job.seed}`);
    mkdirSync(dirOut, { recursive: true });
    const file = details.counterexample ? target.file(details.counterexample[0]) : undefined;
    if (file) writeFileSync(join(dirOut, file.name), file.bytes);
    const e = details.errorInstance;
    writeFileSync(
      join(dirOut, 'report.txt'),
      `${e?.stack ?? e}\nreplay: npm run fuzz -- --seed ${job.seed} --target ${job.name}\n`,
    );
    crash = { message: String(e?.message ?? e).split('\n')[0], saved: dirOut };
  }
  rmSync(dir, { recursive: true, force: true });
  result.heapMb = Math.max(result.heapMb, process.memoryUsage().heapUsed / 2 ** 20);
  parentPort.postMessage({ type: 'done', result, crash });
}
