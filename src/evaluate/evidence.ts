// Finding answers by topic, for bids that answer in prose without naming the requirements: each
// rule's own evidence (the concepts lint looks for), read with `context: any` over the
// tenderer's sentences, since a bid states what it does rather than demanding it. Blocks that
// answer a requirement named by its label are not searched; and a sentence found for several
// requirements answers the one whose title it shares most words with, the others searching on.
import type { CompiledEvidence, EvidenceHit, MatchSession } from '../match/index.js';
import type { Block, Catalogue, Document, EvidenceSpec } from '../types.js';
import type { Passage } from './locate.js';
import { wordsOf } from './phrases.js';
import type { Requirement } from './types.js';

/** What a run keeps for topic search: each rule's evidence compiled once. */
export class EvidenceSearch {
  private readonly compiled = new Map<string, CompiledEvidence | null>();

  constructor(
    private readonly session: MatchSession,
    private readonly catalogue: Catalogue | undefined,
  ) {}

  private evidenceOf(ruleId: string): CompiledEvidence | null {
    let c = this.compiled.get(ruleId);
    if (c !== undefined) return c;
    const rule = this.catalogue?.rules.find((r) => r.id === ruleId);
    if (rule) {
      // Only the sentence itself, its lead-in and the headings above it: in a bid the sentences
      // before it in the section are other answers, and would lend it a topic it does not have.
      const all = rule.evidence.all.map((concept) => {
        const from = (concept.from ?? ['unit', 'lead-in']).filter(
          (f) => f === 'unit' || f === 'lead-in' || f === 'headings',
        );
        return { ...concept, from: from.length > 0 ? from : (['unit'] as const).slice() };
      });
      const spec: EvidenceSpec = {
        ...rule.evidence,
        all,
        context: 'any',
        parties: ['supplier', 'tenderer', 'contract'],
      };
      c = this.session.compile(spec);
    } else c = null;
    this.compiled.set(ruleId, c);
    return c;
  }

  /**
   * Passages for the requirements `wanted` (indices into `reqs`) in `doc`, leaving alone the
   * blocks in `taken` (0-based), which answer other requirements by label.
   */
  assign(
    doc: Document,
    reqs: readonly Requirement[],
    wanted: readonly number[],
    taken: ReadonlySet<number>,
  ): Map<number, Passage> {
    const out = new Map<number, Passage>();
    const blanked = new Set(taken);
    let open = wanted.filter((i) => this.evidenceOf(reqs[i]!.ruleId) !== null);
    // Each round settles at least one requirement or block, so the rounds are bounded by both.
    for (let round = 0; open.length > 0 && round <= wanted.length; round++) {
      const blocks: Block[] = doc.blocks.map((b, j) => (blanked.has(j) ? { ...b, text: '' } : b));
      const text = this.session.prepare(blocks, { tender: true, speaker: 'tenderer' });
      const hits = new Map<number, EvidenceHit>();
      for (const i of open) {
        const hit = this.session.find(text, this.evidenceOf(reqs[i]!.ruleId)!);
        if (hit) hits.set(i, hit);
      }
      open = open.filter((i) => hits.has(i));
      const byUnit = new Map<string, number[]>();
      for (const [i, hit] of hits) {
        const key = `${hit.block.loc.block}\u0000${hit.unit}`;
        byUnit.set(key, [...(byUnit.get(key) ?? []), i]);
      }
      const next: number[] = [];
      for (const claimants of byUnit.values()) {
        const winner = claimants.reduce((a, b) =>
          titleOverlap(reqs[b]!, hits.get(b)!.unit) > titleOverlap(reqs[a]!, hits.get(a)!.unit) ? b : a,
        );
        const hit = hits.get(winner)!;
        out.set(winner, passageOf(doc, hit));
        blanked.add(hit.block.loc.block - 1);
        next.push(...claimants.filter((i) => i !== winner));
      }
      open = next;
    }
    return out;
  }
}

/**
 * How much of the requirement's title the unit shares: the letters of the title's words (of four
 * letters or more) that start a word of the unit, so that a long specific word
 * ("lönekartläggning") weighs more than a short general one ("löner").
 */
function titleOverlap(req: Requirement, unit: string): number {
  const words = wordsOf(unit);
  return wordsOf(req.title)
    .filter((t) => t.length >= 4 && words.some((w) => w.startsWith(t.slice(0, Math.max(4, t.length - 2)))))
    .reduce((sum, t) => sum + t.length, 0);
}

/** From the sentence that holds the topic to the end of its block, and a list it leads into. */
function passageOf(doc: Document, hit: EvidenceHit): Passage {
  const at = hit.block.loc.block - 1;
  const original = doc.blocks[at] ?? hit.block;
  // What follows the sentence in its paragraph ("Detta gäller dock inte …") qualifies it; what
  // stands before is about something else.
  const from = original.text.indexOf(hit.unit.split(' | ')[0]!.slice(0, 40));
  const blocks = [from > 0 ? { ...original, text: original.text.slice(from) } : original];
  const used = [at];
  if (/:\s*$/.test(original.text)) {
    for (let j = at + 1; j < doc.blocks.length && doc.blocks[j]!.kind === 'list-item'; j++) {
      blocks.push(doc.blocks[j]!);
      used.push(j);
    }
  }
  return { doc, blocks, via: 'evidence', used };
}
