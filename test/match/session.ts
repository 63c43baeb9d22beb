// A match session on the built-in reading vocabulary, for tests of the matcher.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compileClauseWords } from '../../src/match/clause-words.js';
import { MatchSession, type ReadingSpec } from '../../src/match/index.js';

/** rules/reading.yaml, parsed once for the test files that need it. */
export const READING = parse(
  readFileSync(fileURLToPath(new URL('../../rules/reading.yaml', import.meta.url)), 'utf8'),
) as ReadingSpec;

/** A fresh session, as a lint run starts one. */
export function newSession(): MatchSession {
  return new MatchSession(READING);
}

/** The clause words of the built-in vocabulary (`clauses:`), compiled as a session compiles them. */
export const CLAUSES = compileClauseWords(READING.clauses);
