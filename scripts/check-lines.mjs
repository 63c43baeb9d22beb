// Fails when a line of code is wider than 120 characters (Biome formats code to that width but
// leaves long strings and comments as written). Counts characters, not bytes, so å, ä and ö
// count once. Test fixtures are documents, not code, and keep their lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
});
const files = listed.split('\0').filter((f) => /\.(?:ts|mts|mjs|cjs|js)$/.test(f) && !f.startsWith('test/fixtures/'));

let wide = 0;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed by git but deleted in the working tree
  }
  text.split('\n').forEach((line, i) => {
    const width = [...line].length;
    if (width > MAX) {
      wide++;
      console.error(`${file}:${i + 1}: ${width} characters (at most ${MAX})`);
    }
  });
}
if (wide > 0) {
  console.error(`${wide} line(s) wider than ${MAX} characters`);
  process.exit(1);
}
