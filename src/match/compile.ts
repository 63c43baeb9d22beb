// Compiles an evidence spec (as written in a pack) into concepts of word patterns.

import type { EvidenceSpec, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EvidenceError } from './errors.js';
import { compileTerm, type CompiledTerm } from './terms.js';

/** A concept: it matches a unit when any of its terms (of either language) does. */
export interface CompiledConcept {
  terms: CompiledTerm[];
}

/** A compiled evidence spec, ready for `findEvidence`. Build it once per rule. */
export interface CompiledEvidence {
  readonly all: readonly CompiledConcept[];
  readonly not: CompiledConcept | null;
  /** Whether the unit must be a requirement context (`context: requirement`, the default). */
  readonly requirement: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Terms of both languages go into one concept: a Swedish tender may quote English terms and a
 * bilingual document holds both, and each term keeps the endings of its own language.
 */
function compileConcept(concept: unknown, path: (string | number)[]): CompiledConcept {
  if (!isRecord(concept)) throw new EvidenceError('a concept must be a mapping with sv and en terms', path);
  for (const key of Object.keys(concept)) {
    if (!(LANGS as readonly string[]).includes(key)) {
      throw new EvidenceError(`unknown key "${key}" in a concept: expected ${LANGS.join(' and ')}`, [...path, key]);
    }
  }
  const terms: CompiledTerm[] = [];
  for (const lang of LANGS as readonly Lang[]) {
    const list = concept[lang];
    if (!Array.isArray(list) || list.length === 0) {
      throw new EvidenceError(`the concept has no ${lang} terms: give at least one`, [...path, lang]);
    }
    list.forEach((term: unknown, i) => terms.push(compileTerm(term, lang, [...path, lang, i])));
  }
  return { terms };
}

/**
 * Compiles an evidence spec. Everything is checked here, at pack load time, so matching
 * never fails.
 * @throws EvidenceError with the path of the offending node: an empty `all`, a concept without
 *   terms in a language, or a term the README's grammar rejects
 */
export function compileEvidence(spec: EvidenceSpec): CompiledEvidence {
  const raw: unknown = spec;
  if (!isRecord(raw)) throw new EvidenceError('evidence must be a mapping with an "all" list', []);
  for (const key of Object.keys(raw)) {
    if (key !== 'all' && key !== 'not' && key !== 'context') {
      throw new EvidenceError(`unknown key "${key}": expected all, not or context`, [key]);
    }
  }
  if (!Array.isArray(raw.all) || raw.all.length === 0) {
    throw new EvidenceError('"all" must list at least one concept', ['all']);
  }
  const all = raw.all.map((concept: unknown, i) => compileConcept(concept, ['all', i]));
  const not = raw.not === undefined ? null : compileConcept(raw.not, ['not']);
  const context = raw.context ?? 'requirement';
  if (context !== 'requirement' && context !== 'any') {
    throw new EvidenceError(`context must be "requirement" or "any", not ${JSON.stringify(context)}`, ['context']);
  }
  return { all, not, requirement: context === 'requirement' };
}
