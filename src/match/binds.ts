// What a sentence binds and how: the parties a duty may fall on, the forces a sentence may have,
// the BINDS bits rules accept, and the Role record the sentence readers (roles.ts, forces.ts) give.

/** Whom a sentence is about, once pronouns and "ni"/"you" are resolved. */
export type Party =
  | 'supplier'
  | 'tenderer'
  | 'contract'
  | 'authority'
  | 'buyer'
  | 'law'
  | 'employer'
  /** What is delivered to the authority for its own staff: a training's modules and syllabus, a system's functions. */
  | 'content'
  | 'none';

/**
 * `duty`, `prohibition` and `right` bind; `statement` says something without a duty word (it
 * counts only for rules whose context is `any`); the others never count.
 */
export type Force =
  | 'duty'
  | 'prohibition'
  | 'right'
  | 'statement'
  | 'permission'
  | 'lifted'
  | 'advice'
  | 'question'
  | 'hypothetical'
  | 'own-duty'
  | 'description';

/** What a sentence binds, as bits: a rule's evidence says which it accepts. */
export const BINDS = {
  supplier: 1,
  tenderer: 2,
  contract: 4,
  /** The authority's right or action towards the supplier: audit, request, monitor, terminate. */
  authorityRight: 8,
  /**
   * A duty with no party named ("Rapporten ska lämnas årligen"): the supplier's in a document
   * addressed to suppliers.
   */
  unspecified: 16,
  /** The authority's own duty: what a checklist for the authority (scope `authority`) looks for. */
  authority: 32,
} as const;

/** What a duty of the supplier's side binds: the supplier, a tenderer, the contract or an unnamed party. */
export const SUPPLIER_SIDE = BINDS.supplier | BINDS.tenderer | BINDS.contract | BINDS.unspecified;

/**
 * Every role has all these fields, and is made by {@link role} or {@link withChanges}: roles of
 * one shape keep the code that reads every sentence's role optimised for that shape. Roles of
 * several shapes (an optional `anaphoric`, copies by spread) sent it back to the interpreter and
 * through the optimising compiler again, about 2% of the instructions of a lint run.
 */
export interface Role {
  force: Force;
  party: Party;
  binds: number;
  /** Whether a duty word, instruction, question or advice decided (not a bare statement). */
  triggered: boolean;
  /** Token offsets in the sentence of the word that decided (`end` exclusive), or -1. */
  at: number;
  end: number;
  /**
   * A statement that goes on from the sentence before ("This obligation covers …", "Such
   * measures include …", "Det gäller …"): it binds as that sentence does.
   */
  anaphoric: boolean;
}

/** What the whole document tells about its sentences. */
export interface DocumentStance {
  /**
   * Whom "ni", "du", "you" mean in this document, when its wording says: the supplier, the buyer,
   * or in an employer's guide to the law the employer reading it.
   */
  addressee: 'supplier' | 'buyer' | 'employer' | null;
  /** Who "vi", "we" are: the authority that wrote the document, or the tenderer signing a form. */
  speaker: 'authority' | 'tenderer';
  /** Whether what is bought is a training for the authority's staff: then "utbildningen", "the course" are content. */
  trainingService: boolean;
  /** Whether the document hires temporary staff from an agency: then "the Agency" is the supplier. */
  agencySupplier: boolean;
  /** Whether the document sets the conditions of a grant: then "föreningen", "the organisation" are the supplier. */
  grantConditions: boolean;
}

/** A statement naming no party: what a sentence with no significant phrase says. */
export const NONE_ROLE: Role = {
  force: 'statement',
  party: 'none',
  binds: BINDS.unspecified,
  triggered: false,
  at: -1,
  end: -1,
  anaphoric: false,
};

/** A role whose deciding words are `t` (none: -1). */
export function role(
  force: Force,
  party: Party,
  binds: number,
  t: { start: number; end: number } | null,
  triggered = true,
  anaphoric = false,
): Role {
  return { force, party, binds, triggered, at: t?.start ?? -1, end: t?.end ?? -1, anaphoric };
}

/** `r` with some fields changed. */
export function withChanges(r: Role, changes: Partial<Role>): Role {
  return {
    force: changes.force ?? r.force,
    party: changes.party ?? r.party,
    binds: changes.binds ?? r.binds,
    triggered: changes.triggered ?? r.triggered,
    at: changes.at ?? r.at,
    end: changes.end ?? r.end,
    anaphoric: changes.anaphoric ?? r.anaphoric,
  };
}

/** The BINDS bit of a party a duty falls on (0 for one no rule accepts as bound). */
export function bitOf(party: Party): number {
  if (party === 'supplier') return BINDS.supplier;
  if (party === 'tenderer') return BINDS.tenderer;
  if (party === 'contract') return BINDS.contract;
  if (party === 'authority') return BINDS.authorityRight;
  return 0;
}

/**
 * Forces that make a sentence a requirement context for the parties it binds. The authority's
 * own duty binds only the authority: a rule for the authority's checklist accepts it, no rule
 * about the supplier does.
 */
export function isBinding(force: Force): boolean {
  return force === 'duty' || force === 'prohibition' || force === 'right' || force === 'own-duty';
}
