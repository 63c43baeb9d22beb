// Compiles an evidence spec (as written in a pack) into concepts of word patterns.

import type { EvidenceSpec, Lang } from '../types.js';
import { LANGS } from '../types.js';
import { EvidenceError } from './errors.js';
import { BINDS } from './binds.js';
import { TermMemo } from './term-memo.js';
import type { CompiledTerm } from './terms.js';

/** Where a concept may be found for a unit (bits of {@link CompiledConcept.from}). */
export const SOURCES = { unit: 1, 'lead-in': 2, section: 4, headings: 16, reference: 8, heading: 32 } as const;
export type Source = keyof typeof SOURCES;
const DEFAULT_FROM = SOURCES.unit | SOURCES['lead-in'];

/** Parties a rule may accept as bound (see roles.ts), by their names in a pack. */
const PARTIES = {
  supplier: BINDS.supplier,
  tenderer: BINDS.tenderer,
  contract: BINDS.contract,
  'authority-right': BINDS.authorityRight,
  authority: BINDS.authority,
} as const;
const DEFAULT_PARTIES = BINDS.supplier | BINDS.tenderer | BINDS.contract;

/** A concept: it matches a unit when any of its terms (of either language) does, in one of the places `from` allows. */
export interface CompiledConcept {
  terms: CompiledTerm[];
  /** SOURCES bits. */
  from: number;
}

/** A compiled evidence spec, ready for `findEvidence`. Build it once per rule. */
export interface CompiledEvidence {
  readonly all: readonly CompiledConcept[];
  readonly not: CompiledConcept | null;
  /** Whether the unit must be a requirement context (`context: requirement`, the default). */
  readonly requirement: boolean;
  /** The parties whose duty or right counts (BINDS bits). */
  readonly parties: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Terms of both languages go into one concept: a Swedish tender may quote English terms and a
 * bilingual document holds both, and each term keeps the endings of its own language.
 */
function compileConcept(concept: unknown, path: (string | number)[], memo: TermMemo): CompiledConcept {
  if (!isRecord(concept)) throw new EvidenceError('conceptNotMapping', path);
  for (const key of Object.keys(concept)) {
    if (!(LANGS as readonly string[]).includes(key) && key !== 'from') {
      throw new EvidenceError('conceptKey', [...path, key], { key, langs: LANGS.join(', ') });
    }
  }
  const terms: CompiledTerm[] = [];
  for (const lang of LANGS as readonly Lang[]) {
    const list = concept[lang];
    if (!Array.isArray(list) || list.length === 0) {
      throw new EvidenceError('conceptNoTerms', [...path, lang], { lang });
    }
    list.forEach((term: unknown, i) => terms.push(memo.term(term, lang, [...path, lang, i])));
  }
  return {
    terms,
    from: concept.from === undefined ? DEFAULT_FROM : names(concept.from, SOURCES, 'from', [...path, 'from']),
  };
}

/** The bits of a list of names (`from: [unit, section]`, `parties: [supplier, contract]`). */
function names(
  value: unknown,
  known: Readonly<Record<string, number>>,
  key: string,
  path: (string | number)[],
): number {
  const allowed = Object.keys(known).join(', ');
  if (!Array.isArray(value) || value.length === 0) throw new EvidenceError('namesEmpty', path, { key, known: allowed });
  let bits = 0;
  value.forEach((name: unknown, i) => {
    const bit = typeof name === 'string' && Object.hasOwn(known, name) ? known[name]! : 0;
    if (bit === 0) throw new EvidenceError('nameUnknown', [...path, i], { name: JSON.stringify(name), known: allowed });
    bits |= bit;
  });
  return bits;
}

/**
 * Compiles an evidence spec. Everything is checked here, at pack load time, so matching
 * never fails. `memo` keeps the terms compiled (a match session passes its own).
 * @throws EvidenceError with the path of the offending node: an empty `all`, a concept without
 *   terms in a language, or a term the README's grammar rejects
 */
export function compileEvidence(spec: EvidenceSpec, memo = new TermMemo()): CompiledEvidence {
  const raw: unknown = spec;
  if (!isRecord(raw)) throw new EvidenceError('specNotMapping', []);
  for (const key of Object.keys(raw)) {
    if (key !== 'all' && key !== 'not' && key !== 'context' && key !== 'parties') {
      throw new EvidenceError('specKey', [key], { key });
    }
  }
  if (!Array.isArray(raw.all) || raw.all.length === 0) {
    throw new EvidenceError('allEmpty', ['all']);
  }
  const all = raw.all.map((concept: unknown, i) => compileConcept(concept, ['all', i], memo));
  const not = raw.not === undefined ? null : compileConcept(raw.not, ['not'], memo);
  const context = raw.context ?? 'requirement';
  if (context !== 'requirement' && context !== 'any') {
    throw new EvidenceError('context', ['context'], { context: JSON.stringify(context) });
  }
  const parties = raw.parties === undefined ? DEFAULT_PARTIES : names(raw.parties, PARTIES, 'parties', ['parties']);
  return { all, not, requirement: context === 'requirement', parties };
}
