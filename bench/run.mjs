// `npm run bench`: every speed figure the README reports, in one run. Not a test: it measures.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { median, mdTable, timeProcess } from './lib.mjs';

mkdirSync('bench/out', { recursive: true });
const sections = [];

// Start-up: `jamkrav --version` must stay well under half a second.
const version = median(Array.from({ length: 7 }, () => timeProcess(['bin/jamkrav.js', '--version']).wallMs));
const bare = median(Array.from({ length: 7 }, () => timeProcess(['-e', '0']).wallMs));
sections.push(
  `## Start-up\n\n${mdTable(
    ['command', 'wall time (median of 7)'],
    [
      ['node -e 0 (the floor)', `${bare.toFixed(0)} ms`],
      ['jamkrav --version', `${version.toFixed(0)} ms`],
    ],
  )}`,
);

const only = process.argv[2];
for (const [name, file, fn] of [
  ['Lint', './lint.mjs', 'benchLint'],
  ['Generate', './generate.mjs', 'benchGenerate'],
  ['Batch', './batch.mjs', 'benchBatch'],
  ['Evaluate', './evaluate.mjs', 'benchEvaluate'],
  ['Followup', './followup.mjs', 'benchFollowup'],
]) {
  if (only && only !== name.toLowerCase()) continue;
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const mod = await import(file);
  if (typeof mod[fn] !== 'function') continue;
  console.error(`bench: ${name.toLowerCase()} …`);
  sections.push(`## ${name}\n\n${await mod[fn]()}`);
}

const out = sections.join('\n\n');
console.log(out);
writeFileSync('bench/out/results.md', `${out}\n`);
