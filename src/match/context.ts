// Where a unit may take a concept from beyond its own words: the titles and opening of its section
// and the units just before it, every heading above it, and the clauses it refers to. Worked out
// only for the units a rule asks about (most units hold their concepts themselves), then kept.

import type { SentencePhrases } from './phrases.js';
import { KIND } from './reading.js';
import { labelValues, resolveLabels } from './references.js';
import type { Structure } from './structure.js';
import type { Range, SegmentLayout, UnitLayout } from './units.js';

/** A clause, section or the whole document a unit refers to, and the words that refer. */
export interface Reference {
  range: Range;
  via: string;
  kind: 'section' | 'document' | 'label';
}

/** Where a unit may take a concept from beyond its own words (see `from` in the evidence). */
export interface UnitContext {
  /**
   * The titles of the sections holding it up to its topic section, that section's opening unit
   * and the units just before it.
   */
  topic: readonly Range[];
  /** The titles of every heading above it, and the document's title line. */
  headings: readonly Range[];
  /** The clauses and sections it refers to, and the clauses those refer to by label. */
  references: readonly Reference[];
}

/** Units just before a unit whose words still set its topic ("… Brister i villkoret medför vite"). */
const TOPIC_WINDOW = 3;
/** At most this many clauses a unit reaches through the clauses it refers to ("enligt punkt 3" → "punkt 2"). */
const MAX_HOPS = 8;

/** What the contexts are worked out from: the prepared document's layout and phrases. */
export interface ContextSource {
  structure: Structure;
  segments: readonly SegmentLayout[];
  units: readonly UnitLayout[];
  /** Per segment, its reading phrases (null: none). */
  phrasesOf: readonly (SentencePhrases | null)[];
  /** The words of segment `s`, lower case. */
  wordsOf(s: number): readonly string[];
  /** Per block (and one past the last), the first segment at or after it. */
  firstSegmentOf: Int32Array;
}

/**
 * The section that sets a block's topic: its nearest heading, or the nearest clause that stands on
 * its own ("§ 4", "Article 12", "Fråga 3"), or with neither its outermost clause: lettered and
 * numbered sub-clauses within it share its topic; -1 is the whole document.
 */
export function topicSectionOf(structure: Structure, section: number): number {
  let outermost = -1;
  for (let sec = section; sec >= 0; sec = structure.sections[sec]!.parent) {
    const s = structure.sections[sec]!;
    if (s.kind === 'heading' || s.label?.style === 'named' || s.label?.style === 'section-sign') return sec;
    outermost = sec;
  }
  return outermost;
}

export class UnitContexts {
  private readonly cache: (UnitContext | undefined)[];
  private readonly direct: (Reference[] | undefined)[];
  /** Per unit, its topic section and the first unit of that section. */
  private readonly topicOf: Int32Array;
  private readonly openingOf: Int32Array;
  private unitOfSegment: Int32Array | null = null;
  /** A first paragraph short enough to be the document's title heads the whole document, as a heading would. */
  private readonly documentTitle: Range | null;

  constructor(private readonly src: ContextSource) {
    const n = src.units.length;
    this.cache = new Array<UnitContext | undefined>(n);
    this.direct = new Array<Reference[] | undefined>(n);
    this.topicOf = new Int32Array(n);
    this.openingOf = new Int32Array(n);
    const topicOfSection = new Map<number, number>();
    const firstUnitOf = new Map<number, number>();
    for (let u = 0; u < n; u++) {
      const laid = src.units[u]!;
      const inner = src.structure.sectionOf[src.segments[laid.own[0]]!.block]!;
      let topic = topicOfSection.get(inner);
      if (topic === undefined) topicOfSection.set(inner, (topic = topicSectionOf(src.structure, inner)));
      this.topicOf[u] = topic;
      // The opening is the section's first unit that is not its heading (a heading may be two
      // units: "2." and "Aktiva åtgärder").
      let opening = firstUnitOf.get(topic);
      if (opening === undefined && !laid.heading) firstUnitOf.set(topic, (opening = u));
      this.openingOf[u] = opening ?? u;
    }
    const first = src.units[0];
    this.documentTitle = first && !first.heading && first.text.length <= 200 ? first.own : null;
  }

  /** The context of unit `u`: each of its parts is worked out when first asked for. */
  of(u: number): UnitContext {
    let context = this.cache[u];
    if (!context) this.cache[u] = context = new LazyContext(this, u);
    return context;
  }

  private sectionRange(section: number): Range {
    const { structure, firstSegmentOf, segments } = this.src;
    if (section < 0) return [0, segments.length];
    const s = structure.sections[section]!;
    return [firstSegmentOf[s.block]!, firstSegmentOf[s.end]!];
  }

  /** The segments of a section's title: a heading's sentences, a clause's first sentence. */
  private titleRange(section: number): Range {
    const { structure, firstSegmentOf } = this.src;
    const s = structure.sections[section]!;
    const from = firstSegmentOf[s.block]!;
    const to = s.kind === 'heading' ? firstSegmentOf[s.block + 1]! : Math.min(from + 1, firstSegmentOf[s.block + 1]!);
    return [from, Math.max(from, to)];
  }

  /** Ancestor sections of unit `u` whose titles stand outside it, innermost first. */
  private titles(u: number, visit: (range: Range, sec: number) => void): void {
    const { structure, segments, units } = this.src;
    const own = units[u]!.own;
    for (let sec = structure.sectionOf[segments[own[0]]!.block]!; sec >= 0; sec = structure.sections[sec]!.parent) {
      const title = this.titleRange(sec);
      if (title[1] > title[0] && !(title[0] >= own[0] && title[1] <= own[1])) visit(title, sec);
    }
  }

  /** See `UnitContext.topic`. */
  topic(u: number): Range[] {
    const { units } = this.src;
    const out: Range[] = [];
    const topicSection = this.topicOf[u]!;
    let within = true;
    this.titles(u, (title, sec) => {
      if (within) out.push(title);
      if (sec === topicSection) within = false;
    });
    const opening = this.openingOf[u]!;
    if (opening < u && !units[opening]!.heading) out.push(units[opening]!.own);
    const windowStart = Math.max(opening, u - TOPIC_WINDOW);
    if (windowStart < u) out.push([units[windowStart]!.own[0], units[u]!.own[0]]);
    return out;
  }

  /** See `UnitContext.headings`. */
  headings(u: number): Range[] {
    const out: Range[] =
      this.documentTitle && this.documentTitle[0] < this.src.units[u]!.own[0] ? [this.documentTitle] : [];
    this.titles(u, (title, sec) => {
      if (this.src.structure.sections[sec]!.kind === 'heading') out.push(title);
    });
    return out;
  }

  /** What the unit's own words refer to: its section, the document, clauses by label. */
  private directReferences(u: number): Reference[] {
    let refs = this.direct[u];
    if (refs) return refs;
    const { units, segments, phrasesOf, structure } = this.src;
    const laid = units[u]!;
    const topicSection = this.topicOf[u]!;
    refs = [];
    const kinds = KIND['reference-section'] | KIND['reference-document'] | KIND['reference-label'];
    for (let s = laid.own[0]; s < laid.own[1]; s++) {
      phrasesOf[s]?.each(kinds, (kind, start, end) => {
        if (kind === 'reference-section') {
          // "detta avsnitt", "these conditions": the section the sentence stands in.
          const via = this.src.wordsOf(s).slice(start, end).join(' ');
          refs.push({ range: this.sectionRange(topicSection), via, kind: 'section' });
          // A clause's "this section" may mean the text holding the clause ("Subd. 2 … bound by this section").
          const sec = structure.sections[topicSection];
          if (sec && sec.kind === 'clause')
            refs.push({ range: this.sectionRange(topicSectionOf(structure, sec.parent)), via, kind: 'section' });
        } else if (kind === 'reference-document') {
          refs.push({
            range: [0, segments.length],
            via: this.src.wordsOf(s).slice(start, end).join(' '),
            kind: 'document',
          });
        } else {
          const words = this.src.wordsOf(s);
          const named = labelValues(words, { start, end });
          const via = words.slice(start, named.end).join(' ');
          for (const sec of resolveLabels(structure, named.values, segments[s]!.block))
            refs.push({ range: this.sectionRange(sec), via, kind: 'label' });
        }
      });
    }
    this.direct[u] = refs;
    return refs;
  }

  /**
   * The unit's references, and, for a clause it names by label, the clauses that one names in
   * turn ("enligt punkt 3", where punkt 3 says "arbetet enligt punkt 2"): one step, at most
   * {@link MAX_HOPS}.
   */
  references(u: number): Reference[] {
    const direct = this.directReferences(u);
    const labels = direct.filter((r) => r.kind === 'label');
    if (labels.length === 0) return direct;
    const unitOfSegment = this.unitsBySegment();
    const added: Reference[] = [];
    for (const r of labels) {
      const seen = new Set<number>();
      for (let s = r.range[0]; s < r.range[1] && added.length < MAX_HOPS; s++) {
        const v = unitOfSegment[s]!;
        if (v < 0 || v === u || seen.has(v)) continue;
        seen.add(v);
        for (const q of this.directReferences(v))
          if (q.kind === 'label') added.push({ range: q.range, via: `${r.via} → ${q.via}`, kind: 'label' });
      }
    }
    return added.length > 0 ? [...direct, ...added.slice(0, MAX_HOPS)] : direct;
  }

  private unitsBySegment(): Int32Array {
    if (!this.unitOfSegment) {
      const map = new Int32Array(this.src.segments.length).fill(-1);
      this.src.units.forEach((unit, i) => {
        for (let s = unit.own[0]; s < unit.own[1]; s++) map[s] = i;
      });
      this.unitOfSegment = map;
    }
    return this.unitOfSegment;
  }
}

/**
 * A unit's context whose parts are worked out one by one when first read: a concept is mostly
 * found in the unit's topic, and then its references (the dearest part) are never needed.
 */
class LazyContext implements UnitContext {
  private topicRanges: readonly Range[] | undefined;
  private headingRanges: readonly Range[] | undefined;
  private referred: readonly Reference[] | undefined;

  constructor(
    private readonly contexts: UnitContexts,
    private readonly unit: number,
  ) {}

  get topic(): readonly Range[] {
    return (this.topicRanges ??= this.contexts.topic(this.unit));
  }

  get headings(): readonly Range[] {
    return (this.headingRanges ??= this.contexts.headings(this.unit));
  }

  get references(): readonly Reference[] {
    return (this.referred ??= this.contexts.references(this.unit));
  }
}
