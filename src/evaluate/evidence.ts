// Finding an answer by its topic, for bids that answer in prose without naming the requirements:
// the rule's own evidence (the concepts lint looks for), read with `context: any` over the
// tenderer's sentences, since a bid states what it does rather than demanding it.
import type { CompiledEvidence, MatchSession, PreparedText } from '../match/index.js';
import type { Catalogue, Document, EvidenceSpec } from '../types.js';
import type { Passage } from './locate.js';

/** What a run keeps for topic search: each rule's evidence compiled once, each document prepared once. */
export class EvidenceSearch {
  private readonly compiled = new Map<string, CompiledEvidence | null>();
  private readonly prepared = new Map<Document, PreparedText>();

  constructor(
    private readonly session: MatchSession,
    private readonly catalogue: Catalogue | undefined,
  ) {}

  private evidenceOf(ruleId: string): CompiledEvidence | null {
    let c = this.compiled.get(ruleId);
    if (c !== undefined) return c;
    const rule = this.catalogue?.rules.find((r) => r.id === ruleId);
    if (rule) {
      // A bid says what the tenderer does ("Vi har rutiner …"): a statement of the tenderer counts.
      // Only the sentence itself, its lead-in and the headings above it: in a bid the sentences
      // before it in the section are other answers, and would lend it a topic it does not have.
      const all = rule.evidence.all.map((c) => {
        const from = (c.from ?? ['unit', 'lead-in']).filter((f) => f === 'unit' || f === 'lead-in' || f === 'headings');
        return { ...c, from: from.length > 0 ? from : (['unit'] as const).slice() };
      });
      const spec: EvidenceSpec = { ...rule.evidence, all, context: 'any', parties: ['supplier', 'tenderer', 'contract'] };
      c = this.session.compile(spec);
    } else c = null;
    this.compiled.set(ruleId, c);
    return c;
  }

  /** The passage of `doc` whose sentences hold the rule's topic, or undefined (also for a rule of no loaded pack). */
  find(doc: Document, ruleId: string): Passage | undefined {
    const evidence = this.evidenceOf(ruleId);
    if (!evidence || doc.blocks.length === 0) return undefined;
    let text = this.prepared.get(doc);
    if (!text) this.prepared.set(doc, (text = this.session.prepare(doc.blocks, { tender: true, speaker: 'tenderer' })));
    const hit = this.session.find(text, evidence);
    if (!hit) return undefined;
    const found = doc.blocks.indexOf(hit.block);
    const at = found >= 0 ? found : hit.block.loc.block - 1;
    // From the sentence that holds the topic to the end of its block: what follows it in the
    // paragraph ("Detta gäller dock inte …") qualifies it; what stands before is about something else.
    const from = hit.block.text.indexOf(hit.unit.split(' | ')[0]!.slice(0, 40));
    const blocks = [from > 0 ? { ...hit.block, text: hit.block.text.slice(from) } : hit.block];
    const used = [at];
    // A lead-in ("Vi åtar oss att:") is answered by the list that follows it.
    if (/:\s*$/.test(hit.block.text)) {
      for (let j = at + 1; j < doc.blocks.length && doc.blocks[j]!.kind === 'list-item'; j++) {
        blocks.push(doc.blocks[j]!);
        used.push(j);
      }
    }
    return { doc, blocks, via: 'evidence', used };
  }
}
