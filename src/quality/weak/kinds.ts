// The check kinds: how a weak check judges a requirement. A pack's check names its kind and
// gives the word lists the kind reads (by the names in `lists`); the ids, words, severities and
// texts all come from the pack. To add a kind: add its name to WEAK_CHECK_KINDS (types.ts), an
// entry here, and its lists to rules/schema/weak-pack.schema.json (a test holds the two together).
import type { Block, Rule } from '../../types.js';
import { awardContext, leadIn, neighbourhood, onlyAward } from './context.js';
import type { WeakCheckKind } from './types.js';

/** The first term of the named list in any of `texts`, or null (bound to one check and document). */
export type Has = (texts: readonly string[], list: string) => string | null;

/** One requirement the document asks for, as a unit check sees it. */
export interface UnitInput {
  blocks: readonly Block[];
  /** Index of the requirement's block in `blocks`. */
  at: number;
  /** The text that matched the rule's evidence. */
  unit: string;
  rule: Rule;
  has: Has;
}

/** A kind judged per requirement: the word that shows the weakness ('' when none is quoted), or null. */
interface UnitKind {
  scope: 'unit';
  lists: readonly string[];
  find(input: UnitInput): string | null;
}

/** A kind judged once per document that asks for anything: whether the document shows the weakness. */
interface DocumentKind {
  scope: 'document';
  lists: readonly string[];
  find(blocks: readonly Block[], has: Has): boolean;
}

export type CheckKind = UnitKind | DocumentKind;

/** Whether the requirement stands in an award context (where a "bör" is how criteria are asked). */
const isAward = ({ blocks, at, unit, has }: UnitInput): boolean =>
  has(awardContext(blocks, at, unit), 'award') !== null;

export const CHECK_KINDS: Record<WeakCheckKind, CheckKind> = {
  // A wish where the rule expects a requirement: a wish word in the unit (or its lead-in) and no
  // duty word in the unit. Not in an award context, nor for a rule that is only ever an award criterion.
  wish: {
    scope: 'unit',
    lists: ['wish', 'duty', 'award'],
    find(input) {
      if (onlyAward(input.rule) || isAward(input)) return null;
      const { blocks, at, unit, has } = input;
      const own = [unit];
      if (has(own, 'duty')) return null;
      const lead = leadIn(blocks, at);
      return has(own, 'wish') ?? (lead ? has([lead.text], 'wish') : null);
    },
  },
  // Nothing to verify the requirement by, in the unit or around it.
  verification: {
    scope: 'unit',
    lists: ['verification'],
    find({ blocks, at, unit, has }) {
      return has([unit, ...neighbourhood(blocks, at).map((b) => b.text)], 'verification') ? null : '';
    },
  },
  // An award criterion about the supplier as a whole, not limited to this contract.
  corporate: {
    scope: 'unit',
    lists: ['award', 'corporate', 'contract'],
    find(input) {
      if (!isAward(input)) return null;
      const scope = [input.unit, input.blocks[input.at]!.text];
      const corporate = input.has(scope, 'corporate');
      return corporate && !input.has(scope, 'contract') ? corporate : null;
    },
  },
  // Requirements asked, but no block plans any follow-up.
  'follow-up': {
    scope: 'document',
    lists: ['follow-up'],
    find(blocks, has) {
      return !blocks.some((b) => has([b.text], 'follow-up'));
    },
  },
};
