// A prepared document's units: whom each binds (from its own sentences, or else from its
// lead-ins), which of its sentences may hold its concepts, and its context, worked out when a rule
// first asks for it.

import { BINDS, isBinding, SUPPLIER_SIDE, type Role } from './binds.js';
import type { UnitContext, UnitContexts } from './context.js';
import type { Range, UnitLayout } from './units.js';

/** A unit with whom it binds. */
export interface Unit {
  own: Range;
  /**
   * The runs of its own sentences that may hold its concepts: not a sentence of it that says
   * something of someone else (the authority's own work, the law) while another sentence of it
   * binds the supplier.
   */
  usable: readonly Range[];
  leads: readonly Range[];
  text: string;
  heading: boolean;
  /** What the unit binds (BINDS bits), from its own sentences or else its lead-ins. */
  binds: number;
  /** Whether a duty word, instruction or right decides (else it is a bare statement). */
  binding: boolean;
  /** Whether it is advice, a question, a hypothetical, a description or someone else's duty. */
  excluded: boolean;
  /** The sentence whose role decides, and that role. */
  roleSegment: number;
  role: Role;
  /** Where it may take a concept from beyond its own words (worked out on first asking). */
  readonly context: UnitContext;
}

/** What the triggered sentences of one range say: their parties, the first and the first binding. */
interface RangeRoles {
  binds: number;
  first: number;
  firstBinding: number;
}

function rangeRoles(roles: readonly Role[], [from, to]: Range): RangeRoles {
  let binds = 0;
  let first = -1;
  let firstBinding = -1;
  for (let s = from; s < to; s++) {
    const r = roles[s]!;
    if (!r.triggered) continue;
    if (first < 0) first = s;
    if (isBinding(r.force) && r.binds !== 0) {
      binds |= r.binds;
      if (firstBinding < 0) firstBinding = s;
    }
  }
  return { binds, first, firstBinding };
}

/**
 * A unit's binding and role from the roles of the sentences in `ranges` (its own, or its
 * lead-ins). `known` keeps each lead-in range's summary: every item of a list shares its lead-in,
 * and reading a long lead-in again for each item made a hostile list quadratic.
 */
function combine(
  roles: readonly Role[],
  ranges: readonly Range[],
  known?: WeakMap<Range, RangeRoles>,
): { binds: number; binding: boolean; excluded: boolean; segment: number } | null {
  let binds = 0;
  let first = -1;
  let firstBinding = -1;
  for (const range of ranges) {
    let part = known?.get(range);
    if (!part) {
      part = rangeRoles(roles, range);
      known?.set(range, part);
    }
    binds |= part.binds;
    if (first < 0) first = part.first;
    if (firstBinding < 0) firstBinding = part.firstBinding;
  }
  if (first < 0) return null;
  if (firstBinding >= 0) return { binds, binding: true, excluded: false, segment: firstBinding };
  return { binds: 0, binding: false, excluded: roles[first]!.force !== 'permission', segment: first };
}

/**
 * Whether a sentence can hold a unit's concept: it binds, or states without a duty word, and is
 * not about someone else.
 */
function usableSentence(role: Role): boolean {
  if (role.triggered) return isBinding(role.force) && (role.binds & ~BINDS.authority) !== 0;
  return role.force !== 'description' && role.force !== 'advice';
}

/** An answer that opens by saying no: "No.", "Nej, …", "Not required". */
const SAYS_NO = /^(?:no|nej|not|inte|ingen|inget|inga|none)\b/iu;

/** The runs of `own` (one range) whose sentences are usable; `own` itself when they all are. */
function usableRuns(
  roles: readonly Role[],
  own: readonly Range[],
  texts: readonly { text: string }[],
): readonly Range[] {
  const [from, to] = own[0]!;
  // A question answered in the same row or item ("Q28 | What happens if a provider does not submit
  // the equality information? | The Council may withhold …") gives its answer its topic, unless
  // the answer opens by saying no ("No separate report is required, but …").
  let answered = false;
  for (let s = from + 1; s < to && !answered; s++)
    answered = roles[s - 1]!.force === 'question' && isBinding(roles[s]!.force) && !SAYS_NO.test(texts[s]!.text);
  const usable = (role: Role): boolean => usableSentence(role) || (answered && role.force === 'question');
  let all = true;
  for (let s = from; s < to && all; s++) all = usable(roles[s]!);
  // Most units are one sentence, or sentences all of one kind: the unit itself.
  if (all || to - from === 1) return own;
  const out: Range[] = [];
  for (let s = from; s < to; s++) {
    if (!usable(roles[s]!)) continue;
    const start = s;
    while (s + 1 < to && usable(roles[s + 1]!)) s++;
    out.push([start, s + 1]);
  }
  return out;
}

/** At most this many sentences before a unit that goes on from them count as its lead-ins. */
const MAX_CHAIN = 3;

/** The units of a document, laid out by `layout`, with the roles of its sentences. */
export function preparedUnits(
  laidUnits: readonly UnitLayout[],
  roles: readonly Role[],
  contexts: UnitContexts,
  segments: readonly { text: string }[],
): Unit[] {
  const units: Unit[] = new Array<Unit>(laidUnits.length);
  const leadRoles = new WeakMap<Range, RangeRoles>();
  // The sentences the last unit went on from, when it went on from the one before it.
  let previousChain: readonly Range[] | null = null;
  const bindsSupplier = (s: number): boolean => isBinding(roles[s]!.force) && (roles[s]!.binds & SUPPLIER_SIDE) !== 0;
  for (let u = 0; u < laidUnits.length; u++) {
    const laid = laidUnits[u]!;
    const own: readonly Range[] = [laid.own];
    const byOwn = combine(roles, own);
    const byLeads = byOwn?.binding ? null : combine(roles, laid.leads, leadRoles);
    // An item that finishes its lead-in's sentence ("Vi intygar att" | "personalen kan …") is
    // bound as the lead-in is, and all it says is the content of that duty.
    const content = laid.continues && byLeads?.binding === true;
    const decided = content ? byLeads : (byOwn ?? byLeads);
    let binds: number;
    let binding: boolean;
    let excluded: boolean;
    let roleSegment: number;
    if (decided) {
      ({ binds, binding, excluded, segment: roleSegment } = decided);
    } else {
      // A bare statement: what its own sentences say of whom (for rules with `context: any`).
      binds = 0;
      excluded = false;
      roleSegment = laid.own[0];
      for (let s = laid.own[0]; s < laid.own[1]; s++) {
        binds |= roles[s]!.binds;
        if (roles[s]!.force === 'advice' || roles[s]!.force === 'description') excluded = true;
      }
      if (binds !== 0) excluded = false;
      binding = false;
    }
    if (laid.heading) {
      binds = 0;
      binding = false;
      excluded = true;
    } else if (byOwn === null && !(binding && (binds & SUPPLIER_SIDE) !== 0)) {
      // A row of a KPI schedule or requirement catalogue says what without a duty word, under a
      // code ("W1 Workforce composition | …", "K3 | Rutiner finns"): it binds as a sentence naming
      // that code binds the supplier's side ("The Contractor shall report KPIs W1 to W4").
      const by = contexts.namedBy(u, bindsSupplier);
      if (by >= 0) {
        binds = roles[by]!.binds & SUPPLIER_SIDE;
        binding = true;
        excluded = false;
        roleSegment = by;
      }
    }
    // "This covers working conditions, pay …", "Sådana åtgärder omfattar …": a sentence that goes
    // on from the one before takes its topic from it, as an item takes its lead-in's.
    const at = laid.own[0];
    const goesOn =
      !laid.heading &&
      (laid.leads.length === 0 || laid.inline === true) &&
      laid.own[1] - at === 1 &&
      at > 0 &&
      roles[at]!.anaphoric === true &&
      roles[at]!.triggered &&
      isBinding(roles[at - 1]!.force);
    let leads = laid.leads;
    if (goesOn) {
      // A run of such sentences ("Arbetet ska omfatta … Arbetet ska dokumenteras …") goes on from
      // the sentence that opened it.
      const run = previousChain?.at(-1)?.[1] === at - 1 && previousChain.length < MAX_CHAIN;
      if (laid.inline) leads = [...laid.leads, [at - 1, at]];
      else leads = run ? [...previousChain!, [at - 1, at]] : [[at - 1, at]];
    }
    previousChain = goesOn ? leads : null;
    units[u] = new PreparedUnit(
      laid,
      leads,
      content ? own : usableRuns(roles, own, segments),
      binds,
      binding,
      excluded,
      roleSegment,
      roles[roleSegment]!,
      contexts,
      u,
    );
  }
  return units;
}

/** A unit of a prepared document; its context is worked out when a rule first asks for it. */
class PreparedUnit implements Unit {
  readonly own: Range;
  readonly text: string;
  readonly heading: boolean;

  constructor(
    laid: UnitLayout,
    readonly leads: readonly Range[],
    readonly usable: readonly Range[],
    readonly binds: number,
    readonly binding: boolean,
    readonly excluded: boolean,
    readonly roleSegment: number,
    readonly role: Role,
    private readonly contexts: UnitContexts,
    private readonly index: number,
  ) {
    this.own = laid.own;
    this.text = laid.text;
    this.heading = laid.heading;
  }

  get context(): UnitContext {
    return this.contexts.of(this.index);
  }
}

/** What `bindsAny` reads of the prepared document (a PreparedText). */
export interface DocumentStanceFlags {
  readonly guide: boolean;
  readonly own: boolean;
  readonly record: boolean;
  readonly supplierFacing: boolean;
}

/** Whether a unit binds one of the `accepted` parties (BINDS bits). */
export function bindsAny(text: DocumentStanceFlags, unit: Unit, accepted: number): boolean {
  // A guide binds no one: its own sentences advise, and the clauses it quotes are examples. Nor do
  // minutes: what a meeting heard of other authorities' conditions, or proposed, binds no supplier.
  if (text.guide || text.record) return false;
  // Nor does the authority's own report ("In 11 contracts officers considered whether the
  // contractor should be asked to report …"): what it states of those it serves still counts.
  if (text.own) return (unit.binds & accepted & BINDS.authority) !== 0;
  // The authority's rights are rights towards a supplier: in its own report or plan, "we will
  // carry out an equal pay audit" is its own doing.
  const rights = text.supplierFacing ? accepted : accepted & ~BINDS.authorityRight;
  if ((unit.binds & rights) !== 0) return true;
  return (unit.binds & BINDS.unspecified) !== 0 && text.supplierFacing && (accepted & BINDS.contract) !== 0;
}
