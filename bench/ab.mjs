// A/B of `jamkrav lint` between this tree and another built tree (say a worktree at an older
// commit), the two run alternately so that both meet the same load: wall time, CPU time (user +
// system, every thread) and peak memory per run, then medians and minima.
// Usage: node bench/ab.mjs <other tree> [corpus] [runs] [-- extra lint arguments, e.g. -j 1]
// The corpus defaults to this tree's bench/out/corpus (`npm run bench -- lint` makes it); give
// an absolute path to lint the very same files from both trees.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dash = process.argv.indexOf('--');
const [other, corpusArg, runsArg] = process.argv.slice(2, dash < 0 ? undefined : dash);
const extra = dash < 0 ? [] : process.argv.slice(dash + 1);
if (!other) throw new Error('usage: node bench/ab.mjs <other tree> [corpus] [runs] [-- lint arguments]');
const corpus = resolve(corpusArg ?? 'bench/out/corpus');
const runs = Number(runsArg ?? 7);
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is needed for CPU time and peak memory`);
const trees = { base: resolve(other), this: process.cwd() };

/** One run of lint from `tree`: wall seconds, CPU seconds, peak memory in MB. */
function run(tree) {
  const args = ['-f', '%e %U %S %M', 'node', 'bin/jamkrav.js', 'lint', corpus, '--format', 'json'];
  const r = spawnSync(TIME, [...args, '--fail-on', 'never', ...extra], {
    cwd: tree,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`lint from ${tree} exited ${r.status}: ${r.stderr}`);
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, mb: rssKb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { base: [], this: [] };
for (let i = 0; i < runs; i++) for (const name of ['base', 'this']) results[name].push(run(trees[name]));

const line = (name) => {
  const r = results[name];
  const w = r.map((x) => x.wall);
  return (
    `${name.padEnd(4)} wall median ${median(w).toFixed(2)} s (min ${Math.min(...w).toFixed(2)}), ` +
    `CPU median ${median(r.map((x) => x.cpu)).toFixed(2)} s, ` +
    `peak memory median ${median(r.map((x) => x.mb)).toFixed(0)} MB`
  );
};
const ratio = (f) => (f(results.this) / f(results.base)).toFixed(2);
console.log(`lint ${corpus} ${extra.join(' ')}, ${runs} alternating runs each (base: ${trees.base})`);
console.log(line('base'));
console.log(line('this'));
console.log(
  `this / base: wall median ${ratio((r) => median(r.map((x) => x.wall)))}x, ` +
    `min ${ratio((r) => Math.min(...r.map((x) => x.wall)))}x, CPU ${ratio((r) => median(r.map((x) => x.cpu)))}x`,
);
