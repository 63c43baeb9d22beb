// The cue words that find an indicator in a free report, compiled once from rules/indicators.yaml
// with the packs' term syntax (src/match/terms.ts): a word matches itself and its inflected forms;
// `*` at the end matches compounds starting with it, at the start compounds ending with it.
import { compileTerm, inflectedForms } from '../match/index.js';
import type { WordPattern } from '../match/index.js';
import type { Lang } from '../types.js';
import type { IndicatorDef } from './types.js';

export interface CompiledCue {
  source: string;
  words: Array<{ pattern: WordPattern; forms?: ReadonlySet<string> }>;
}

export function compileCues(def: IndicatorDef): CompiledCue[] {
  const out: CompiledCue[] = [];
  for (const lang of ['sv', 'en'] as Lang[]) {
    def.cues[lang].forEach((term, i) => {
      const t = compileTerm(term, lang, ['indicators', def.id, 'cues', lang, i]);
      out.push({
        source: term,
        words: t.words.map((pattern) =>
          pattern.kind === 'exact' ? { pattern, forms: new Set(inflectedForms(pattern.text, lang)) } : { pattern },
        ),
      });
    });
  }
  return out;
}

function wordMatches(w: CompiledCue['words'][number], token: string): boolean {
  const p = w.pattern;
  switch (p.kind) {
    case 'exact':
    case 'literal':
      return token === p.text || (w.forms?.has(token) ?? false);
    case 'prefix':
      return token.startsWith(p.text);
    case 'suffix':
      return token.endsWith(p.text);
    case 'infix':
      return token.includes(p.text);
  }
}

/**
 * Where the cue matches in lower-case tokens (its first and last word), or undefined. Words
 * follow in order with at most six other words between them: a report's sentence puts a number
 * and its groups between them ("arbetade 31 kvinnor och 8 män i uppdraget").
 */
export function cueAt(cue: CompiledCue, tokens: readonly string[]): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!wordMatches(cue.words[0]!, tokens[i]!)) continue;
    let at = i;
    let ok = true;
    for (let k = 1; k < cue.words.length && ok; k++) {
      ok = false;
      for (let j = at + 1; j <= at + 7 && j < tokens.length; j++) {
        if (wordMatches(cue.words[k]!, tokens[j]!)) {
          at = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return { start: i, end: at };
  }
  return undefined;
}
