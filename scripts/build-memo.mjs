// @ts-check
// Build step (`npm run build`, after bundle.mjs): compiles the evidence of the built-in rule packs
// and the reading vocabulary once, as a lint run's match session does, and saves the session's
// term memo beside the bundle (dist/bundle/term-memo.json, see src/match/term-memo.ts). A run of
// the bundle then starts with those terms compiled. The memo is made with tsc's output of the same
// sources the bundle was made from, so it holds what the bundle would compile.
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchSession, TERM_MEMO_FILE, TermMemo } from '../dist/match/index.js';
import { loadCatalogue, loadReading } from '../dist/packs/index.js';

const OUT = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist', 'bundle', TERM_MEMO_FILE);

const memo = new TermMemo();
const session = new MatchSession((await loadReading()).spec, memo);
for (const rule of (await loadCatalogue()).rules) session.compile(rule.evidence);
// Written whole, then renamed: a run never reads half a file.
writeFileSync(`${OUT}.tmp`, JSON.stringify(memo));
renameSync(`${OUT}.tmp`, OUT);
