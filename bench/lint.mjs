// Lint speed: the floor (inflate word/document.xml, nothing else), `jamkrav lint` on the whole
// corpus, and the peer mammoth.extractRawText (text only, sequential); one ordinary tender with
// Node start-up; peak memory on the 20 MB file with images.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { makeCorpus } from './make-corpus.mjs';
import { measureCli, median, mdTable } from './lib.mjs';

export async function benchLint({ dir = 'bench/out/corpus', runs = 3 } = {}) {
  makeCorpus(dir);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => join(dir, f));
  const rows = [];

  // Floor: read each file and inflate its main part; nothing else.
  const floor = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const f of files) unzipSync(readFileSync(f), { filter: (e) => e.name === 'word/document.xml' });
    floor.push(performance.now() - start);
  }
  const floorMs = median(floor);
  rows.push(['floor: fflate inflate of word/document.xml', ms(floorMs), rate(files.length, floorMs), '1.0x', '–']);

  // jamkrav lint on the whole folder, as a user runs it (a fresh process each time).
  const lint = [];
  let rss = 0;
  for (let r = 0; r < runs; r++) {
    const m = measureCli(['lint', dir, '--format', 'json', '--fail-on', 'never']);
    if (m.code !== 0) throw new Error(`jamkrav lint exited ${m.code}`);
    lint.push(m.wallMs);
    rss = Math.max(rss, m.maxRssMB);
  }
  const lintMs = median(lint);
  rows.push([
    'jamkrav lint (whole folder, default threads, start-up included)',
    ms(lintMs),
    rate(files.length, lintMs),
    `${(lintMs / floorMs).toFixed(1)}x`,
    `${rss.toFixed(0)} MB`,
  ]);

  // Peer: mammoth's raw text extraction, sequential, text only (no matching at all). Its time
  // varies by a third between runs on a shared machine, so the median of `runs` runs.
  const { default: mammoth } = await import('mammoth');
  const peer = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const f of files) await mammoth.extractRawText({ buffer: readFileSync(f) });
    peer.push(performance.now() - start);
  }
  const mammothMs = median(peer);
  rows.push([
    `peer: mammoth.extractRawText (sequential, median of ${runs})`,
    ms(mammothMs),
    rate(files.length, mammothMs),
    `${(mammothMs / floorMs).toFixed(1)}x`,
    '–',
  ]);

  // One ordinary tender, start-up included; and the 20 MB file's peak memory.
  const one = median(
    [0, 1, 2, 3, 4].map(() => measureCli(['lint', files[0], '--format', 'json', '--fail-on', 'never']).wallMs),
  );
  const big = measureCli(['lint', join(dir, 'big-with-images.docx'), '--format', 'json', '--fail-on', 'never']);

  const table = mdTable(['run', 'wall time', 'files/s', 'vs floor', 'peak memory'], rows);
  const summary = [
    `corpus: ${files.length} DOCX files in ${dir}`,
    table,
    '',
    `jamkrav vs mammoth: ${(mammothMs / lintMs).toFixed(1)}x faster (target ≥ 10x); vs floor: ` +
      `${(lintMs / floorMs).toFixed(1)}x (target ≤ 3x)`,
    `one ordinary tender, Node start-up included: ${ms(one)} (target < 500 ms)`,
    `the 20 MB DOCX with images: ${ms(big.wallMs)}, peak memory ${big.maxRssMB.toFixed(0)} MB (target < 300 MB)`,
  ].join('\n');
  return summary;
}

const ms = (x) => `${x.toFixed(0)} ms`;
const rate = (n, x) => (n / (x / 1000)).toFixed(0);

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await benchLint();
  console.log(out);
  writeFileSync('bench/out/lint.md', `${out}\n`);
}
