// One loader for every kind of pack file: the kind is told from the name or the file's `kind:`
// line, then the loader of that kind reads and checks it. Every problem is positioned; none throws.
import { resolve } from 'node:path';
import type { ReadingSpec } from '../match/index.js';
import type { LanguagePack, WeakPack } from '../quality/index.js';
import type { Lang, Pack, SourceProblem } from '../types.js';
import { builtinKindOf, builtinPackPath, type PackKind } from './builtin.js';
import { loadEvaluateVocabulary, type EvaluateVocabularySpec } from './evaluate.js';
import { loadIndicatorFile, type IndicatorSet } from './indicators.js';
import { packKindOf } from './kind.js';
import { loadLanguagePack } from './language.js';
import { loadPackFile } from './load.js';
import { loadReading } from './reading.js';
import { loadWeakPack } from './weak.js';

/** A loaded pack of any kind, tagged with it. */
export type AnyPack =
  | { kind: 'requirement'; file: string; pack: Pack }
  | { kind: 'language'; file: string; pack: LanguagePack }
  | { kind: 'weak'; file: string; pack: WeakPack }
  | { kind: 'reading'; file: string; spec: ReadingSpec }
  | { kind: 'evaluate'; file: string; spec: EvaluateVocabularySpec }
  | { kind: 'indicators'; file: string; set: IndicatorSet };

export interface LoadPackOptions {
  /** Language of problem messages. */
  lang?: Lang;
  /** Where relative paths start (default: the working directory). */
  cwd?: string;
  /**
   * Use a built-in pack's JSON copy (made at build time) when fresh, skipping the YAML parser and
   * the schema: for runs. Off, every file is parsed and checked in full: for `rules validate`.
   */
  trustBuiltin?: boolean;
  /** Largest file (`--max-data-file-size`); the default otherwise. */
  maxBytes?: number;
}

export interface LoadedPack {
  /** Set when the pack can be used (a requirement pack may come with warnings). */
  pack?: AnyPack;
  problems: SourceProblem[];
  /** The kind the name or file says it is, loaded or not. */
  kind: PackKind;
  /** The file read. */
  file: string;
}

/** Loads a pack by built-in id or path, whatever its kind. */
export async function loadPack(name: string, opts: LoadPackOptions = {}): Promise<LoadedPack> {
  const lang = opts.lang ?? 'sv';
  const cwd = opts.cwd ?? process.cwd();
  const kind = packKindOf(name, cwd);
  // A path is kept as given when no `cwd` is: problems then name the file as the user typed it.
  const file = builtinKindOf(name) ? builtinPackPath(name) : opts.cwd ? resolve(opts.cwd, name) : name;
  const trust = opts.trustBuiltin === true && builtinKindOf(name) !== undefined;
  const done = (r: { problems: SourceProblem[] }, pack?: AnyPack): LoadedPack => ({
    ...(pack ? { pack } : {}),
    problems: r.problems,
    kind,
    file,
  });
  switch (kind) {
    case 'requirement': {
      const r = await loadPackFile(file, {
        lang,
        trustBuiltin: opts.trustBuiltin ?? false,
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
      });
      return done(r, r.pack && { kind, file, pack: r.pack });
    }
    case 'language': {
      const r = await loadLanguagePack(file, lang, undefined, trust, opts.maxBytes);
      return done(r, r.pack && { kind, file, pack: r.pack });
    }
    case 'weak': {
      const r = await loadWeakPack(file, lang, trust, opts.maxBytes);
      return done(r, r.pack && { kind, file, pack: r.pack });
    }
    case 'reading': {
      const r = await loadReading(file, lang, trust);
      return done(r, r.spec && { kind, file, spec: r.spec });
    }
    case 'evaluate': {
      const r = await loadEvaluateVocabulary(file, lang);
      return done(r, r.spec && { kind, file, spec: r.spec });
    }
    case 'indicators': {
      const r = await loadIndicatorFile(file, lang);
      return done(r, r.set && { kind, file, set: r.set });
    }
  }
}
