// Where a unit may take a concept from beyond its own words: the titles and opening of its section
// and the units just before it, every heading above it, and the clauses it refers to. Worked out
// only for the units a rule asks about (most units hold their concepts themselves), then kept.

import type { Block } from '../types.js';
import { KIND } from './reading.js';
import { LabelMentions, type MentionSource, namedKey } from './mentions.js';
import { codeKeys, labelMentions, labelValues, mayName, precise, resolveLabels } from './references.js';
import type { Section, Structure } from './structure.js';
import { looksLikeListItem, type Range } from './units.js';

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
  /** The title of the heading it stands under (the nearest), if any: not the document's title. */
  heading: readonly Range[];
  /** The clauses and sections it refers to, and the clauses those refer to by label. */
  references: readonly Reference[];
}

/** At most this many sentences before a unit in its paragraph lend it the clauses they name. */
const PARAGRAPH_LOOKBACK = 4;
/** Units just before a unit whose words still set its topic ("… Brister i villkoret medför vite"). */
const TOPIC_WINDOW = 3;
/** At most this many clauses a unit reaches through the clauses it refers to ("enligt punkt 3" → "punkt 2"). */
const MAX_HOPS = 8;
/**
 * A label the document has no clause for ("Schedule 7" of another document, "7.3" of the tender in
 * a clarification log) is known by what the document says where it names it: at most this many
 * of those sentences, the nearest, count for a reference to it.
 */
const MAX_MENTIONS = 6;

/** A numbered sub-clause at least two levels down ("5.3.2"), and its clause ("5.3"). */
const SUBCLAUSE = /^(\d+\.\d+)\.\d+$/;
/** At most this many units of a clause or section referred to are read for the clauses they name in turn. */
const MAX_HOP_UNITS = 48;
/** …and at most this many of its sentences. */
const MAX_HOP_SEGMENTS = 256;
/** At most this many references of a unit's own words are kept: a list of a hundred codes is read as its first. */
const MAX_REFERENCES = 48;

/**
 * A sentence that may open with a code ("W1 Workforce composition", "a) K3 Rutiner …",
 * "SV-KPI-2 Andel kvinnor", "AFC.361 …"): its first word, or the one after a list label, has
 * letters and then a digit.
 */
const OPENS_WITH_CODE = /^\s*(?:\S{1,6}\s+)?[A-Za-z]{1,4}(?:-[A-Za-z]{1,4}){0,2}[.-]?\d/;

/** What the contexts are worked out from: the prepared document's blocks, layout and phrases. */
export interface ContextSource extends MentionSource {
  blocks: readonly Block[];
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

/** Whether a clause is a numbered section in its own right ("14 Särskilda kontraktsvillkor"), as a heading is. */
function standsAlone(section: Section): boolean {
  return section.label?.style === 'number' && section.label.depth === 1;
}

export class UnitContexts {
  private readonly cache: (UnitContext | undefined)[];
  private readonly direct: (Reference[] | undefined)[];
  /** Per unit, 1 where its own words name a clause by label, whether or not the document has it. */
  private readonly naming: Uint8Array;
  /** Per unit, its topic section and the first unit of that section. */
  private readonly topicOf: Int32Array;
  private readonly openingOf: Int32Array;
  private unitOfSegment: Int32Array | null = null;
  /** The sentences that name each label (indexed on first need, once per document). */
  private readonly mentions: LabelMentions;
  /** A first paragraph short enough to be the document's title heads the whole document, as a heading would. */
  private readonly documentTitle: Range | null;

  constructor(private readonly src: ContextSource) {
    this.mentions = new LabelMentions(src);
    const n = src.units.length;
    this.cache = new Array<UnitContext | undefined>(n);
    this.direct = new Array<Reference[] | undefined>(n);
    this.naming = new Uint8Array(n);
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

  /**
   * The keys of the code unit `u` opens with, as a row of a KPI schedule or an item of a
   * requirement catalogue does ("W1 Workforce composition | …", "K3 | Rutiner finns"), after any
   * list label; empty when it opens with another word.
   */
  openingCode(u: number): readonly string[] {
    const s = this.src.units[u]!.own[0];
    const text = this.src.segments[s]!.text;
    if (!OPENS_WITH_CODE.test(text)) return [];
    const words = this.src.wordsOf(s);
    const keys = codeKeys(words[0] ?? '') ?? (looksLikeListItem(text) ? codeKeys(words[1] ?? '') : null);
    return keys ? keys.filter(precise) : [];
  }

  /**
   * The first sentence outside unit `u` that names the code `u` opens with (by itself or within a
   * range, "KPIs W1 to W4", "kraven K1–K6") and for which `binds` holds, or -1: what binds the
   * row of a schedule that binds no one by its own words. The document's label index is built
   * only when a unit opens with a code.
   */
  namedBy(u: number, binds: (s: number) => boolean): number {
    const code = this.openingCode(u);
    const table = this.tableKeys(u);
    const keys = table.length === 0 ? code : [...code, ...table];
    if (keys.length === 0) return -1;
    const [from, to] = this.src.units[u]!.own;
    for (const key of keys) for (const s of this.mentions.naming(key)) if ((s < from || s >= to) && binds(s)) return s;
    return -1;
  }

  /**
   * The keys of the tables a row stands in by their captions ("Table 2: Equality KPIs" above it):
   * a row binds as a sentence naming its table does ("The Contractor shall meet the targets in
   * Table 2"). So does a caption's own paragraph, which holds the whole table where a PDF's text
   * ran its rows into one ("Table 2 – Equality KPIs KPI Ref Description … KPI4 Gender pay gap …").
   */
  private tableKeys(u: number): readonly string[] {
    const { structure, segments, blocks, units } = this.src;
    const block = segments[units[u]!.own[0]]!.block;
    const own = structure.sections[structure.sectionOf[block]!];
    if (blocks[block]!.kind !== 'table-cell' && !(own?.block === block && own.label?.part === 'table')) return [];
    const out: string[] = [];
    for (let sec = structure.sectionOf[block]!; sec >= 0; sec = structure.sections[sec]!.parent) {
      const label = structure.sections[sec]!.label;
      if (label?.part === 'table') out.push(`table ${label.value}`);
    }
    return out;
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
    // A unit that names the clauses it is about ("fails to meet KPI 1 or KPI 2") takes its topic
    // from them, not from the units around it.
    if (this.namesClauses(u)) return out;
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

  /** See `UnitContext.heading`. */
  heading(u: number): Range[] {
    let out: Range[] = [];
    this.titles(u, (title, sec) => {
      if (out.length === 0 && this.src.structure.sections[sec]!.kind === 'heading') out = [title];
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
    const out: Reference[] = [];
    const kinds = KIND['reference-section'] | KIND['reference-document'] | KIND['reference-label'];
    const seen = new Set<string>();
    for (let s = laid.own[0]; s < laid.own[1]; s++) {
      // Words are made only for a sentence that refers: most sentences name no clause.
      let read: readonly string[] | null = null;
      const wordsOf = (): readonly string[] => (read ??= this.src.wordsOf(s));
      const block = segments[s]!.block;
      phrasesOf[s]?.each(kinds, (kind, start, end) => {
        const words = wordsOf();
        if (kind === 'reference-section') {
          // "detta avsnitt", "these conditions": the section the sentence stands in.
          const via = words.slice(start, end).join(' ');
          out.push({ range: this.sectionRange(topicSection), via, kind: 'section' });
          // A clause's "this section" may mean the text holding the clause ("Subd. 2 … bound by
          // this section"), unless the clause is a numbered section of its own ("14 Särskilda
          // kontraktsvillkor"); and so may a heading's that holds nothing but the sentence ("14.1
          // Villkorens karaktär: Villkoren i detta avsnitt är …").
          const sec = structure.sections[topicSection];
          if (sec && ((sec.kind === 'clause' && !standsAlone(sec)) || this.holdsOnly(topicSection, u)))
            out.push({ range: this.sectionRange(topicSectionOf(structure, sec.parent)), via, kind: 'section' });
        } else if (kind === 'reference-document') {
          out.push({ range: [0, segments.length], via: words.slice(start, end).join(' '), kind: 'document' });
        } else {
          const named = labelValues(words, { start, end }, this.src.clauses);
          if (named.values.length > 0) this.naming[u] = 1;
          this.resolve(u, named.values, block, words.slice(start, named.end).join(' '), seen, out, true);
        }
      });
      // Labels named by their shape alone: "6.3 och 7.2", "AFC.361–AFC.364", "Schedule 7".
      if (!mayName(segments[s]!.text)) continue;
      const words = wordsOf();
      for (const m of labelMentions(words, this.mentions.opensClause(s), this.src.clauses)) {
        this.naming[u] = 1;
        this.resolve(u, m.keys, block, words.slice(m.start, m.end).join(' '), seen, out);
      }
    }
    this.direct[u] = refs = out;
    return refs;
  }

  /** Whether unit `u` names a clause by its label ("enligt punkt 4", "KPI 1", "6.3 och 7.2"). */
  private namesClauses(u: number): boolean {
    this.directReferences(u);
    return this.naming[u] === 1;
  }

  /**
   * Whether a heading section holds nothing but its title and unit `u`, or, numbered within a
   * numbered section, the paragraph of unit `u` ("5.4 Påföljd" | "Brister leverantören i
   * uppfyllandet av villkoren i detta avsnitt … Upprepade brister …"): its "this section" means
   * the one around it.
   */
  private holdsOnly(section: number, u: number): boolean {
    const s = this.src.structure.sections[section]!;
    if (s.kind !== 'heading') return false;
    const [, to] = this.sectionRange(section);
    const [, titleEnd] = this.titleRange(section);
    const own = this.src.units[u]!.own;
    if (own[0] <= titleEnd && own[1] >= to) return true;
    if (!s.label || s.label.depth < 2) return false;
    const { segments } = this.src;
    const block = segments[own[0]]!.block;
    for (let i = titleEnd; i < to; i++) if (segments[i]!.block !== block) return false;
    return true;
  }

  /**
   * The references of label keys: the clauses that carry them, or for a precise key the document
   * has no clause for, the sentences elsewhere that name it.
   */
  private resolve(
    u: number,
    keys: readonly string[],
    block: number,
    via: string,
    seen: Set<string>,
    out: Reference[],
    named = false,
  ) {
    const fresh = keys.filter((k) => !seen.has(k));
    if (fresh.length === 0 || out.length >= MAX_REFERENCES) return;
    for (const k of fresh) seen.add(k);
    const { structure } = this.src;
    for (const sec of resolveLabels(structure, fresh, block)) {
      const range = this.sectionRange(sec);
      out.push({ range, via, kind: 'label' });
      // "enligt AFC.36": AFC.361–AFC.364 too, where the reader did not nest them.
      for (const child of structure.codeChildren.get(sec) ?? []) {
        const inner = this.sectionRange(child);
        if ((inner[0] < range[0] || inner[1] > range[1]) && out.length < MAX_REFERENCES)
          out.push({ range: inner, via, kind: 'label' });
      }
    }
    const own = this.src.units[u]!.own;
    for (const key of fresh) {
      if ((!precise(key) && !named) || this.src.structure.byLabel.has(key)) continue;
      // "the commitments in Clause 18", where the document has no clause 18: what it says where it
      // names "Clause 18" by name.
      const mentioned = precise(key) ? key : namedKey(key);
      for (const range of this.mentions.nearest(mentioned, own, MAX_MENTIONS)) out.push({ range, via, kind: 'label' });
      // "kraven i punkt 5.3.2 och 5.3.3", where only "punkt 5.3 … krav om jämställdhet" is said
      // here: a sub-clause of another document is about what its clause is about.
      const parent = SUBCLAUSE.exec(key)?.[1];
      if (parent && !this.src.structure.byLabel.has(parent))
        for (const range of this.mentions.nearest(parent, own, MAX_MENTIONS)) out.push({ range, via, kind: 'label' });
      if (out.length >= MAX_REFERENCES) return;
    }
  }

  /**
   * The unit's references, and, for a clause or section it names, the clauses that one names by
   * label in turn ("enligt punkt 3", where punkt 3 says "arbetet enligt punkt 2"; "any breach of
   * these provisions", where the section says "Articles 19, 20 and 21 are essential terms"): one
   * step, at most {@link MAX_HOPS}, reading at most {@link MAX_HOP_UNITS} units of each.
   */
  references(u: number): Reference[] {
    const direct = this.withParagraphReferences(u, this.directReferences(u));
    const via = direct.filter((r) => r.kind !== 'document');
    if (via.length === 0) return direct;
    const unitOfSegment = this.unitsBySegment();
    const added: Reference[] = [];
    const read = new Set<string>();
    for (const r of via) {
      const key = `${r.range[0]}:${r.range[1]}`;
      if (read.has(key)) continue;
      read.add(key);
      const seen = new Set<number>();
      const to = Math.min(r.range[1], r.range[0] + MAX_HOP_SEGMENTS);
      for (let s = r.range[0]; s < to && added.length < MAX_HOPS && seen.size < MAX_HOP_UNITS; s++) {
        const v = unitOfSegment[s]!;
        if (v < 0 || v === u || seen.has(v)) continue;
        seen.add(v);
        for (const q of this.directReferences(v)) {
          if (q.kind === 'label') added.push({ range: q.range, via: `${r.via} → ${q.via}`, kind: 'label' });
          if (added.length >= MAX_HOPS) break;
        }
      }
      if (added.length >= MAX_HOPS) break;
    }
    return added.length > 0 ? [...direct, ...added.slice(0, MAX_HOPS)] : direct;
  }

  /**
   * A sentence's own references and, when it names none, the clauses the sentences just before it
   * in its paragraph name by label ("Om leverantören brister i villkoren i avsnitt 4 ska … Om bristen
   * inte avhjälps utgår vite …").
   */
  private withParagraphReferences(u: number, own: Reference[]): Reference[] {
    if (own.some((r) => r.kind === 'label')) return own;
    const { units, segments } = this.src;
    const block = segments[units[u]!.own[0]]!.block;
    let out = own;
    const stop = Math.max(0, u - PARAGRAPH_LOOKBACK);
    const add = (v: number): void => {
      const labels = this.directReferences(v).filter((r) => r.kind === 'label');
      if (labels.length > 0) out = [...out, ...labels];
    };
    for (let v = u - 1; v >= stop && segments[units[v]!.own[0]]!.block === block; v--) add(v);
    // "Om leverantören inte uppfyller villkoren i punkt 9.2 tillämpas följande trappa:" | "3 | …
    // utgår vite": a row or item refers to the clauses its lead-in names.
    for (const [, end] of units[u]!.leads) {
      const v = this.unitsBySegment()[end - 1]!;
      if (v >= 0 && v !== u) add(v);
    }
    return out;
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
  private nearestHeading: readonly Range[] | undefined;
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

  get heading(): readonly Range[] {
    return (this.nearestHeading ??= this.contexts.heading(this.unit));
  }

  get references(): readonly Reference[] {
    return (this.referred ??= this.contexts.references(this.unit));
  }
}
