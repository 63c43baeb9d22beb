// Shared bench helpers: run a command and read its measurement, format tables.
import { spawnSync } from 'node:child_process';

/** Runs `node bench/measure.mjs ARGS` and returns wall time (including Node start-up) and peak RSS. */
export function measureCli(args, opts = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['bench/measure.mjs', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...opts,
  });
  const wallMs = performance.now() - start;
  const m = /@@measure (.*)/.exec(r.stderr ?? '');
  if (!m) throw new Error(`no measurement from jamkrav ${args.join(' ')}: ${r.stderr}`);
  return { wallMs, ...JSON.parse(m[1]), stdout: r.stdout };
}

/** Wall time of a plain child process, start-up included. */
export function timeProcess(args, opts = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', ...opts });
  return { wallMs: performance.now() - start, code: r.status, stderr: r.stderr };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A Markdown table, so the output can be pasted into the README. */
export function mdTable(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
