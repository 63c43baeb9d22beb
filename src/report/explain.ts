// `--explain RULE`: why a rule counts as covered in each file (the passage, whom it binds, each
// concept's term and where it came from), or, when it is missing, the passages that came closest.
import { fmt } from '../i18n.js';
import type { ConceptMatch, CoverageEvidence, Lang, NearMissInfo, Rule } from '../types.js';
import type { FileResult } from '../lint/types.js';
import { describeLocation } from './location.js';
import type { FormatContext, Formatter } from './types.js';

const W = {
  sv: {
    covered: 'täcks',
    suppressed: 'undantagen',
    missing: 'saknas',
    off: 'granskas inte i denna fil',
    unreadable: 'kunde inte läsas',
    nearest: 'Närmast:',
    none: 'Inget stycke i dokumentet innehåller något av regelns begrepp.',
    concept: 'begrepp',
    notFound: 'finns inte här',
    binds: (party: string, force: string, trigger?: string) =>
      `binder ${party}: ${force}${trigger ? ` («${trigger}»)` : ''}`,
    party: {
      supplier: 'leverantören',
      tenderer: 'anbudsgivaren',
      contract: 'avtalet (eller ingen namngiven part)',
      authority: 'myndigheten',
      buyer: 'upphandlaren',
      law: 'lagen eller en tillsynsmyndighet',
      employer: 'arbetsgivare i allmänhet',
      content: 'det som levereras (en utbildnings innehåll, ett systems funktioner)',
      none: 'ingen namngiven part',
    } as Record<string, string>,
    force: {
      duty: 'skyldighet',
      prohibition: 'förbud',
      right: 'rättighet',
      statement: 'konstaterande',
      permission: 'tillåtelse',
      lifted: 'upphävd skyldighet',
      advice: 'råd',
      question: 'fråga',
      hypothetical: 'hypotes',
      'own-duty': 'egen skyldighet',
      description: 'beskrivning',
    } as Record<string, string>,
    from: {
      unit: 'i stycket',
      'lead-in': 'i inledningen',
      section: 'i avsnittet',
      heading: 'i avsnittets rubrik',
      headings: 'i rubriken',
      reference: 'i det stycket hänvisar till',
    } as Record<ConceptMatch['from'], string>,
    reason: {
      concept: 'ett begrepp saknas',
      veto: 'ett undantaget ord står i stycket',
      party: 'stycket binder ingen part som regeln godtar',
      guide: 'dokumentet läses som en vägledning för upphandlare, och de villkor den citerar är exempel',
      record: 'dokumentet är ett protokoll eller en marknadsdialog och binder ingen leverantör',
    } as Record<NearMissInfo['reason'], string>,
    via: 'via',
  },
  en: {
    covered: 'covered',
    suppressed: 'suppressed',
    missing: 'missing',
    off: 'not checked in this file',
    unreadable: 'could not be read',
    nearest: 'Closest:',
    none: 'No passage of the document holds any of the rule’s concepts.',
    concept: 'concept',
    notFound: 'not here',
    binds: (party: string, force: string, trigger?: string) =>
      `binds ${party}: ${force}${trigger ? ` ("${trigger}")` : ''}`,
    party: {
      supplier: 'the supplier',
      tenderer: 'the tenderer',
      contract: 'the contract (or no party named)',
      authority: 'the authority',
      buyer: 'the buyer',
      law: 'the law or a supervisory body',
      employer: 'employers in general',
      content: 'what is delivered (a training’s content, a system’s functions)',
      none: 'no party named',
    } as Record<string, string>,
    force: {
      duty: 'duty',
      prohibition: 'prohibition',
      right: 'right',
      statement: 'statement',
      permission: 'permission',
      lifted: 'lifted duty',
      advice: 'advice',
      question: 'question',
      hypothetical: 'hypothetical',
      'own-duty': 'its own duty',
      description: 'description',
    } as Record<string, string>,
    from: {
      unit: 'in the passage',
      'lead-in': 'in its lead-in',
      section: 'in its section',
      heading: 'in its section heading',
      headings: 'in the heading',
      reference: 'in what the passage refers to',
    } as Record<ConceptMatch['from'], string>,
    reason: {
      concept: 'a concept is missing',
      veto: 'an excluded word stands there',
      party: 'it binds no party the rule accepts',
      guide: 'the document reads as a guide for buyers, whose quoted clauses are examples',
      record: 'the document is the minutes of a meeting or a market dialogue and binds no supplier',
    } as Record<NearMissInfo['reason'], string>,
    via: 'via',
  },
} as const;

type Words = (typeof W)[Lang];

/** Quotes on a terminal: guillemets in Swedish, plain quotes in English (both readable in any font). */
const QUOTE = { sv: '«{text}»', en: '"{text}"' } as const;

/** A quoted passage, shortened to one readable line. */
function quote(text: string, lang: Lang, max = 240): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cut = one.length > max ? `${one.slice(0, max - 1)}…` : one;
  return fmt(lang, QUOTE, { text: cut });
}

function conceptLine(c: ConceptMatch, w: Words, lang: Lang): string {
  const source =
    c.from === 'unit'
      ? w.from.unit
      : `${w.from[c.from]}${c.via ? ` (${w.via} «${c.via}»)` : ''}${c.where ? `: ${quote(c.where, lang, 120)}` : ''}`;
  return `${c.term} → ${c.word} (${source})`;
}

function bindsLine(party: string, force: string, trigger: string | undefined, w: Words): string {
  return w.binds(w.party[party] ?? party, w.force[force] ?? force, trigger);
}

function coveredLines(e: CoverageEvidence, where: string, w: Words, lang: Lang): string[] {
  return [
    `    ${w.covered}${where ? `: ${where}` : ''}`,
    `      ${quote(e.unit, lang)}`,
    `      ${bindsLine(e.party, e.force, e.trigger, w)}`,
    ...e.concepts.map((c) => `      ${conceptLine(c, w, lang)}`),
  ];
}

function nearLines(misses: readonly NearMissInfo[], w: Words, lang: Lang): string[] {
  if (misses.length === 0) return [`    ${w.missing}. ${w.none}`];
  const out = [`    ${w.missing}. ${w.nearest}`];
  for (const m of misses) {
    const where = describeLocation(m.location, lang);
    out.push(`      ${where ? `${where}: ` : ''}${quote(m.unit, lang)}`);
    out.push(`        ${bindsLine(m.party, m.force, undefined, w)}; ${w.reason[m.reason]}`);
    m.concepts.forEach((c, i) =>
      out.push(`        ${w.concept} ${i + 1}: ${c ? conceptLine(c, w, lang) : w.notFound}`),
    );
  }
  return out;
}

function fileLines(
  file: FileResult,
  rules: readonly Rule[],
  isExplained: (id: string) => boolean,
  lang: Lang,
): string[] {
  const w = W[lang];
  const out = [file.path];
  if (file.error !== null) return [...out, `  ${w.unreadable}: ${file.error}`];
  for (const rule of rules) {
    if (!isExplained(rule.id)) continue;
    out.push(`  ${rule.id}  ${rule.title[lang]}`);
    const cover = file.coverage.find((c) => c.ruleId === rule.id);
    const missing = file.findings.find((f) => f.ruleId === rule.id && f.kind === 'missing');
    if (cover?.status === 'covered' && cover.evidence)
      out.push(...coveredLines(cover.evidence, describeLocation(cover.location, lang), w, lang));
    else if (cover?.status === 'suppressed') out.push(`    ${w.suppressed}: ${cover.reason ?? ''}`);
    else if (missing) out.push(...nearLines(missing.nearMisses ?? [], w, lang));
    else out.push(`    ${w.off}`);
  }
  return out;
}

/**
 * The explanation report for the rules `ctx.explain` names, file by file. Plain text: it is read
 * by a person checking a verdict, and quotes the document as it stands.
 */
export const explain: Formatter = (result, ctx: FormatContext) => {
  const isExplained = ctx.explain ?? (() => false);
  const blocks = result.files.map((f) => fileLines(f, ctx.rules, isExplained, ctx.lang).join('\n'));
  return `${blocks.join('\n\n')}\n`;
};
