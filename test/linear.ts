// Complexity guards without a stopwatch bound: an input that once took quadratic time is run at
// two sizes, and the larger may cost at most twice its share. Speed itself is measured in
// `npm run bench`; a bound in milliseconds failed here whenever the machine was busy.
import { expect } from 'vitest';

/** How much larger the second run is. Quadratic work grows by its square (16), linear by 4. */
const GROWTH = 4;
/** The most the larger run may cost, in multiples of the smaller one. */
const ALLOWED = 2 * GROWTH;

/** The fastest of `times` runs of `run(size)`, in milliseconds. */
async function fastest(run: (size: number) => unknown, size: number, times: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run(size);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Asserts that `run` takes about linear time in `size`: it runs at `size` (three times, the first
 * warming the code up) and at four times `size` (twice), and the larger may take at most eight
 * times the smaller. Choose `size` so that one run takes some tens of milliseconds at least.
 */
export async function expectLinear(run: (size: number) => unknown, size: number): Promise<void> {
  const small = await fastest(run, size, 3);
  const large = await fastest(run, size * GROWTH, 2);
  expect(large / small, `${size}: ${small.toFixed(1)} ms, ${size * GROWTH}: ${large.toFixed(1)} ms`).toBeLessThan(
    ALLOWED,
  );
}
