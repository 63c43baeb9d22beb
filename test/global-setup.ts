// Every temporary folder the tests make goes under one folder per run, removed at the end, so a
// test run leaves nothing behind in the system's temp directory (child processes inherit TMPDIR).
// Vitest calls this once for the run and again for each project: the first folder serves them all
// (nested folders made paths too long for Chromium's socket).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  if (process.env.JAMKRAV_TESTS_TMPDIR) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-tests-'));
  process.env.TMPDIR = dir;
  process.env.JAMKRAV_TESTS_TMPDIR = dir;
  return () => {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // A folder still in use (a mount a failed test left) stays; the next run makes its own.
    }
  };
}
