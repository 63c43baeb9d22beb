// Which thread takes which file of a run, shared by the threads of the pool (pool.ts) without
// messages. Its own module so that a reader thread loads no linting code.

/** How many documents a reader thread may have read that no thread has taken yet: bounds memory. */
export const READ_AHEAD = 8;
/** A reader that found no room reads on once this few are left: one wake for several documents. */
const RESUME_AT = READ_AHEAD / 2;

/**
 * Cells of one shared Int32Array: cell 0 is the next task to take (each thread takes one with
 * Atomics.add, so no task is taken twice and a thread that starts late simply takes fewer), cell
 * 1 how many documents a reader sent that the linting thread has not taken yet, and cell 2 +
 * slot the task worker `slot` is on (-1 when none), so that when a worker dies the file that
 * killed it is known.
 */
export const Claims = {
  create(workers: number): Int32Array {
    const claims = new Int32Array(new SharedArrayBuffer(4 * (2 + workers)));
    claims.fill(-1, 2);
    return claims;
  },
  /** The next task for this thread; `count` or more when none is left. */
  take(claims: Int32Array): number {
    return Atomics.add(claims, 0, 1);
  },
  /** Marks what worker `slot` is on (-1: nothing). */
  mark(claims: Int32Array, slot: number, task: number): void {
    Atomics.store(claims, 2 + slot, task);
  },
  current(claims: Int32Array, slot: number): number {
    return Atomics.load(claims, 2 + slot);
  },
  /**
   * A reader thread: when {@link READ_AHEAD} documents it sent wait to be taken, blocks until only
   * {@link RESUME_AT} do. Waking it costs the linting thread up to a millisecond on a busy
   * 2-vCPU machine (about 60 ms a run on the bench documents when it woke per document).
   */
  waitForRoom(claims: Int32Array): void {
    let n = Atomics.load(claims, 1);
    if (n < READ_AHEAD) return;
    for (; n > RESUME_AT; n = Atomics.load(claims, 1)) Atomics.wait(claims, 1, n, 1000);
  },
  /**
   * A reader thread sent one more document (counted after sending, so a reader that dies
   * between the two leaves the count low, never stuck high).
   */
  sent(claims: Int32Array): void {
    Atomics.add(claims, 1, 1);
  },
  /** The linting thread took a document a reader sent: room for one more. */
  taken(claims: Int32Array): void {
    // Only a reader that found no room can be waiting, and it waits for this many to be left.
    if (Atomics.sub(claims, 1, 1) === RESUME_AT + 1) Atomics.notify(claims, 1);
  },
};
