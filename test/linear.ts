// Complexity guards without a stopwatch bound: an input that once took quadratic time is run at
// two sizes, and the larger may cost at most twice its share. Speed itself is measured in
// `npm run bench`; a bound in milliseconds failed here whenever the machine was busy.
import { expect } from 'vitest';

/** How much larger the second run is. Quadratic work grows by its square (16), linear by 4. */
const GROWTH = 4;
/** The most the larger run may cost, in multiples of the smaller one. */
const ALLOWED = 2 * GROWTH;
/** Runs of each size per attempt, alternating, so that a busy moment slows both. */
const RUNS = 3;
/** Quadratic work fails every attempt; a busy machine does not, so another attempt is allowed. */
const ATTEMPTS = 3;

async function timed(run: (size: number) => unknown, size: number): Promise<number> {
  const start = performance.now();
  await run(size);
  return performance.now() - start;
}

/** The fastest runs at `size` and at GROWTH × `size`, after one run of each to warm up. */
async function measure(run: (size: number) => unknown, size: number): Promise<{ small: number; large: number }> {
  await timed(run, size);
  await timed(run, size * GROWTH);
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < RUNS; i++) {
    small = Math.min(small, await timed(run, size));
    large = Math.min(large, await timed(run, size * GROWTH));
  }
  return { small, large };
}

/**
 * Asserts that `run` takes about linear time in `size`: the fastest run at four times `size` may
 * take at most eight times the fastest at `size`. Choose `size` so that one run takes some tens
 * of milliseconds at least.
 */
export async function expectLinear(run: (size: number) => unknown, size: number): Promise<void> {
  let found = { small: 0, large: Infinity };
  for (let attempt = 0; attempt < ATTEMPTS && found.large / found.small >= ALLOWED; attempt++) {
    found = await measure(run, size);
  }
  const { small, large } = found;
  expect(large / small, `${size}: ${small.toFixed(1)} ms, ${size * GROWTH}: ${large.toFixed(1)} ms`).toBeLessThan(
    ALLOWED,
  );
}
