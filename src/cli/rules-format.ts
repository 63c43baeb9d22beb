// Text layout for `rules list` (a table) and `rules show` (one rule, every level).
import type { Clause, Concept, Lang, Level, QualityRule, Rule, Text } from '../types.js';
import { LEVELS } from '../types.js';
import { KIND_LABELS, LEVEL_LABELS, SCOPE_LABELS, SEVERITY_LABELS, STAGE_LABELS } from '../labels.js';
import { clauseFor, clauseOrFirst } from '../packs/index.js';
import { fmt } from '../i18n.js';

const H = {
  id: { sv: 'Id', en: 'Id' },
  qualityCount: { sv: '{n} skrivregler.', en: '{n} writing rules.' },
  forms: { sv: 'Former som flaggas (→ ersättning)', en: 'Forms flagged (→ replacement)' },
  qualityHint: {
    sv:
      'Skrivreglerna (ord och formuleringar) visas med: jamkrav rules list --pack language-sv, --pack language-en ' +
      'eller --pack weak',
    en:
      'The writing rules (words and wording) are listed by: jamkrav rules list --pack language-sv, --pack ' +
      'language-en or --pack weak',
  },
  title: { sv: 'Titel', en: 'Title' },
  kind: { sv: 'Typ', en: 'Kind' },
  stage: { sv: 'Skede', en: 'Stage' },
  levels: { sv: 'Nivåer', en: 'Levels' },
  basis: { sv: 'Rättslig grund', en: 'Legal basis' },
  count: { sv: '{n} regler', en: '{n} rules' },
  pack: { sv: 'Paket', en: 'Pack' },
  scope: { sv: 'Gäller', en: 'Scope' },
  severity: { sv: 'Allvarlighet', en: 'Severity' },
  rationale: { sv: 'Motivering', en: 'Rationale' },
  clause: { sv: 'Krav', en: 'Requirement' },
  verification: { sv: 'Verifiering', en: 'Verification' },
  followUp: { sv: 'Uppföljning', en: 'Follow-up' },
  when: { sv: 'när', en: 'when' },
  proof: { sv: 'underlag', en: 'evidence' },
  who: { sv: 'vem', en: 'who' },
  evaluation: { sv: 'Utvärdering', en: 'Evaluation' },
  points: { sv: 'högst {max} poäng', en: 'at most {max} points' },
  deduction: { sv: 'prisavdrag högst {max} {unit}', en: 'price deduction of at most {max} {unit}' },
  evidence: { sv: 'Bevis i ett dokument', en: 'Evidence in a document' },
  evidenceAll: {
    sv: 'Alla dessa begrepp i samma mening, listpunkt (med inledning) eller tabellrad',
    en: 'All of these concepts in one sentence, list item (with its lead-in) or table row',
  },
  requirement: {
    sv: ', där en av parterna nedan binds (ska, måste, får inte, har rätt …)',
    en: ', where one of the parties below is bound (shall, must, may not, has the right …)',
  },
  statement: {
    sv:
      ', där underlaget binder eller konstaterar något om en av parterna nedan (aldrig råd, frågor, hypoteser ' +
      'eller beskrivningar av lagen)',
    en:
      ', where the document binds or states something of one of the parties below (never advice, questions, ' +
      'hypotheticals or descriptions of the law)',
  },
  not: { sv: 'Räknas inte om enheten innehåller', en: 'Does not count when the unit holds' },
  definition: { sv: 'Räknas som krav', en: 'Counts as asking for it' },
  counter: { sv: 'Räknas inte, till exempel', en: 'Does not count, for example' },
  from: { sv: 'får också stå', en: 'may also stand' },
  parties: { sv: 'Part som ska vara bunden', en: 'Party that must be bound' },
  noLevel: { sv: '(ingen egen nivå; använder {fallback})', en: '(no own level; uses {fallback})' },
  notBelow: {
    sv: '(regeln börjar på en högre nivå och tas inte med här)',
    en: '(the rule starts at a higher level and is left out here)',
  },
  adds: { sv: 'Lägger till', en: 'Adds' },
  types: { sv: 'Kontraktstyper', en: 'Contract types' },
  sectors: { sv: 'Sektorer', en: 'Sectors' },
  allTypes: { sv: 'alla', en: 'all' },
  weight: { sv: 'vikt {weight} %', en: 'weight {weight}%' },
  perPoint: { sv: '{amount} kr i prisavdrag per poäng', en: 'SEK {amount} price deduction per point' },
  instructions: { sv: 'Till utvärderarna', en: 'For the evaluators' },
} satisfies Record<string, Text>;

/** Where a concept may stand, as `rules show` names it. */
const FROM_LABELS: Record<'section' | 'heading' | 'headings' | 'reference', Text> = {
  section: {
    sv: 'i avsnittet (rubrik, inledning, styckena före)',
    en: 'in its section (title, opening, the passages before)',
  },
  heading: { sv: 'i avsnittets rubrik', en: 'in the heading of its section' },
  headings: { sv: 'i rubrikerna ovanför', en: 'in the headings above' },
  reference: { sv: 'i det som hänvisas till', en: 'in what the passage refers to' },
};

const PARTY_LABELS: Record<'supplier' | 'tenderer' | 'contract' | 'authority-right' | 'authority', Text> = {
  supplier: { sv: 'leverantören', en: 'the supplier' },
  tenderer: { sv: 'anbudsgivaren', en: 'the tenderer' },
  contract: { sv: 'avtalet (eller ingen namngiven part)', en: 'the contract (or no party named)' },
  'authority-right': { sv: 'myndighetens rätt mot leverantören', en: "the authority's right towards the supplier" },
  authority: { sv: 'myndigheten själv', en: 'the authority itself' },
};

/** Pads cells to column widths; the last column is not padded. */
/** Splits `text` into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // A word longer than the column is cut, so no line runs past it.
  const words = text.split(' ').flatMap((word) => {
    const chars = [...word];
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
    return parts.length > 0 ? parts : [''];
  });
  for (const word of words) {
    if (line && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/**
 * Rows as aligned columns. With `width` (a terminal's), a table wider than it drops the columns
 * of `drop`, in that order, while it is too wide (details `rules show` gives anyway), and then
 * wraps its `flex` column onto more lines.
 */
function table(rows: string[][], width?: number, flex = 1, drop: readonly number[] = []): string {
  const len = (s: string) => [...s].length;
  const widthsOf = (rs: string[][]) => rs[0]!.map((_, c) => Math.max(...rs.map((r) => len(r[c] ?? ''))));
  const total = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + 2 * (ws.length - 1);
  let rs = rows;
  let widths = widthsOf(rs);
  const dropped = new Set<number>();
  for (const column of drop) {
    if (width === undefined || total(widths) <= width) break;
    dropped.add(column);
    rs = rows.map((r) => r.filter((_, c) => !dropped.has(c)));
    widths = widthsOf(rs);
  }
  if (width !== undefined && total(widths) > width)
    widths[flex] = Math.max(12, widths[flex]! - (total(widths) - width));
  const out: string[] = [];
  for (const r of rs) {
    const cells = r.map((cell, c) => (c === flex ? wrap(cell, widths[c]!) : [cell]));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let i = 0; i < height; i++) {
      out.push(
        cells
          .map((lines, c) =>
            c === r.length - 1 ? (lines[i] ?? '') : (lines[i] ?? '') + ' '.repeat(widths[c]! - len(lines[i] ?? '')),
          )
          .join('  ')
          .trimEnd(),
      );
    }
  }
  return out.join('\n');
}

/** The requirement rules as a table; `width` fits it to a terminal. */
export function rulesTable(rules: Rule[], level: Level, lang: Lang, width?: number): string {
  const rows = [[H.id, H.title, H.kind, H.stage, H.levels, H.basis].map((h) => h[lang])];
  for (const r of rules) {
    rows.push([
      r.id,
      r.title[lang],
      KIND_LABELS[clauseOrFirst(r, level).kind][lang],
      STAGE_LABELS[r.stage][lang],
      LEVELS.filter((l) => r.levels[l]).join(','),
      r.basis.join('; '),
    ]);
  }
  return `${table(rows, width, 1, [5, 4, 3])}\n\n${fmt(lang, H.count, { n: rules.length })}\n`;
}

/** The writing-quality rules (language packs' words, weak checks) as a table; `width` fits it to a terminal. */
export function qualityTable(rules: readonly QualityRule[], lang: Lang, width?: number): string {
  const rows = [[H.id, H.title, H.severity, H.pack].map((h) => h[lang])];
  for (const r of rules) rows.push([r.id, r.title[lang], SEVERITY_LABELS[r.severity][lang], r.pack]);
  return `${table(rows, width, 1, [3])}\n\n${fmt(lang, H.qualityCount, { n: rules.length })}\n`;
}

/** Where the writing rules are listed (`rules list` without `--pack` lists the requirement rules). */
export function qualityHint(lang: Lang): string {
  return H.qualityHint[lang];
}

/** One writing-quality rule: what it flags, why, and the source it rests on. */
export function describeQualityRule(
  rule: QualityRule,
  lang: Lang,
  detail?: { forms: Record<string, string | null> },
): string {
  const lines = [
    `${rule.id}: ${rule.title[lang]}`,
    `${H.pack[lang]}: ${rule.pack}   ${H.severity[lang]}: ${SEVERITY_LABELS[rule.severity][lang]}`,
    '',
    rule.help[lang],
  ];
  if (detail) {
    lines.push('', `${H.forms[lang]}:`);
    for (const [form, to] of Object.entries(detail.forms)) lines.push(`  ${form}${to ? ` → ${to}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function concept(c: Concept): string {
  return `sv: ${c.sv.join(' | ')}\n      en: ${c.en.join(' | ')}`;
}

/** A sentence without its final full stop, for use inside parentheses. */
const bare = (text: string) => text.replace(/\.$/, '');

function clauseBlock(clause: Clause, lang: Lang): string {
  const lines = [
    clause.adds ? `  ${H.adds[lang]}: ${clause.adds[lang]}` : '',
    `  ${H.clause[lang]}: ${clause.text[lang]}`,
    `  ${H.verification[lang]}: ${clause.verification[lang]}`,
    `  ${H.followUp[lang]}: ${clause.followUp.check[lang]} (${H.when[lang]}: ${bare(clause.followUp.when[lang])}; ` +
      `${H.proof[lang]}: ${bare(clause.followUp.proof[lang])}; ${H.who[lang]}: ${bare(clause.followUp.who[lang])})`,
  ];
  const e = clause.evaluation;
  if (e) {
    const how =
      e.method === 'points'
        ? fmt(lang, H.points, { max: e.max })
        : fmt(lang, H.deduction, { max: e.max, unit: e.unit ?? 'SEK' });
    const weight =
      e.weight !== undefined
        ? `, ${fmt(lang, H.weight, { weight: e.weight })}`
        : e.deductionPerPoint !== undefined
          ? `, ${fmt(lang, H.perPoint, { amount: e.deductionPerPoint })}`
          : '';
    lines.push(`  ${H.evaluation[lang]}: ${how}${weight}. ${e.guide[lang]}`);
    for (const step of e.steps ?? []) lines.push(`    ${step.score}: ${step.text[lang]}`);
    if (e.instructions) lines.push(`  ${H.instructions[lang]}: ${e.instructions[lang]}`);
  }
  return lines.filter((line) => line !== '').join('\n');
}

/** Everything about one rule; `level` limits the clauses to that level. */
export function describeRule(rule: Rule, lang: Lang, level?: Level): string {
  const out = [
    `${rule.id}: ${rule.title[lang]}`,
    `${H.pack[lang]}: ${rule.pack}   ${H.scope[lang]}: ${SCOPE_LABELS[rule.scope][lang]}   ${H.stage[lang]}: ` +
      `${STAGE_LABELS[rule.stage][lang]}   ${H.severity[lang]}: ${SEVERITY_LABELS[rule.severity][lang]}`,
    `${H.basis[lang]}: ${rule.basis.join('; ')}`,
    `${H.types[lang]}: ${rule.types ? rule.types.join(', ') : H.allTypes[lang]}` +
      `${rule.sectors ? `   ${H.sectors[lang]}: ${rule.sectors.join(', ')}` : ''}`,
    `${H.rationale[lang]}: ${rule.rationale[lang]}`,
  ];
  for (const l of level ? [level] : LEVELS) {
    const own = rule.levels[l];
    if (!own && !level) continue;
    const at = clauseFor(rule, l);
    if (!at) {
      out.push('', `${LEVEL_LABELS[l][lang]} (${l}): ${H.notBelow[lang]}`);
      continue;
    }
    const note = own ? '' : ` ${fmt(lang, H.noLevel, { fallback: at.level })}`;
    out.push(
      '',
      `${LEVEL_LABELS[l][lang]} (${l}): ${KIND_LABELS[at.clause.kind][lang]}${note}`,
      clauseBlock(at.clause, lang),
    );
  }
  const ev = rule.evidence;
  out.push('', `${H.evidence[lang]}:`);
  if (rule.definition) out.push(`  ${H.definition[lang]}: ${rule.definition[lang]}`);
  const counter = rule.examples.fail[lang][0];
  if (counter) out.push(`  ${H.counter[lang]}: ${JSON.stringify(counter)}`);
  out.push(`  ${H.evidenceAll[lang]}${ev.context === 'any' ? H.statement[lang] : H.requirement[lang]}:`);
  ev.all.forEach((c, i) => {
    out.push(`   ${i + 1}. ${concept(c)}`);
    const extra = (c.from ?? []).filter((f) => f !== 'unit' && f !== 'lead-in');
    if (extra.length > 0) out.push(`      (${H.from[lang]}: ${extra.map((f) => FROM_LABELS[f][lang]).join(', ')})`);
  });
  if (ev.not) out.push(`  ${H.not[lang]}:`, `      ${concept(ev.not)}`);
  const parties = ev.parties ?? (['supplier', 'tenderer', 'contract'] as const);
  out.push(`  ${H.parties[lang]}: ${parties.map((p) => PARTY_LABELS[p][lang]).join(', ')}`);
  return `${out.join('\n')}\n`;
}
