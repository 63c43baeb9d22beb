// `weak` findings: requirements that are present but asked in a way that will not hold up — only
// as a wish, with nothing to verify them, as an award criterion about the supplier's corporate
// policy, or with no follow-up planned. The words come from weak-terms.ts; no rule id is named here.
import { fmt } from '../i18n.js';
import { normaliseText, tokenise } from '../match/index.js';
import type { Block, Document, Lang, Rule, Severity, Text } from '../types.js';
import { compileTerms, findTerm, type Term } from './terms.js';
import type { QualityFinding } from './types.js';
import { WEAK_CHECKS, WEAK_TERMS, WISH_REWRITES, type WeakCheck, type WeakTerms } from './weak-terms.js';

/** A rule the document asks for, where, and the unit of text that matched. */
export interface CoveredRule {
  rule: Rule;
  block: Block;
  unit: string;
}

export interface WeakOptions {
  /** Severity per finding rule id from the config (`weak.wish: off`, `weak.corporate-policy: warning`). */
  severity?: Record<string, 'off' | Severity>;
}

type Compiled = Record<keyof WeakTerms, Term[]>;

let compiled: Compiled | undefined;

/** Both languages' lists, compiled once: a Swedish tender may quote English and vice versa. */
function terms(): Compiled {
  if (compiled) return compiled;
  const out = {} as Compiled;
  for (const key of Object.keys(WEAK_TERMS.sv) as (keyof WeakTerms)[]) {
    out[key] = [...compileTerms(WEAK_TERMS.sv[key], 'sv'), ...compileTerms(WEAK_TERMS.en[key], 'en')];
  }
  compiled = out;
  return out;
}

type Tokens = (text: string) => string[];

/**
 * The tokens of a text, each text tokenised once per document: the checks look at the same
 * blocks (a requirement's neighbours, every block for follow-up) again and again.
 */
function tokenCache(): Tokens {
  const cache = new Map<string, string[]>();
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      words = tokenise(normaliseText(text));
      cache.set(text, words);
    }
    return words;
  };
}

/** The first term of `list` in any of `texts`: the word as written (lower case), or the phrase. */
function has(texts: readonly string[], list: readonly Term[], tokens: Tokens): string | null {
  for (const text of texts) {
    const words = tokens(text);
    const found = findTerm(words, list);
    if (found) return found.term.includes(' ') ? found.term : (words[found.at] ?? found.term);
  }
  return null;
}

const M = {
  wish: {
    sv: 'Kravet ({titles}) är bara formulerat som en önskan (”{term}”): en leverantör som inte uppfyller det kan inte hållas till det, och ett villkor som inte är bindande kan varken följas upp eller sanktioneras. Särskilda kontraktsvillkor (LOU 17 kap. 1 §; direktiv 2014/24/EU art. 70) ska vara bindande. Skriv ”ska”, eller gör det till ett tilldelningskriterium med poäng och en utvärderingsmodell. I texten: ”{unit}”',
    en: 'The requirement ({titles}) is only a wish ("{term}"): a supplier who does not meet it cannot be held to it, and a condition that does not bind can be neither followed up nor enforced. Special contract conditions (LOU 17 kap. 1 §; directive 2014/24/EU art. 70) must bind. Write "shall", or make it an award criterion with points and a scoring model. In the text: "{unit}"',
  },
  verification: {
    sv: 'Kravet ({titles}) säger inte hur det ska verifieras: inget som leverantören ska lämna in, visa upp eller redovisa. Ett krav som inte kan kontrolleras kan inte tillämpas lika mot alla anbudsgivare (likabehandling och öppenhet, LOU 4 kap. 1 §; direktiv 2014/24/EU art. 18.1) och inte följas upp under avtalstiden. Ange verifikatet, t.ex. ”Leverantören ska på begäran redovisa …” eller en bilaga. I texten: ”{unit}”',
    en: 'The requirement ({titles}) does not say how it is verified: nothing the supplier must submit, show or report. A requirement that cannot be checked cannot be applied equally to all tenderers (equal treatment and transparency, LOU 4 kap. 1 §; directive 2014/24/EU art. 18(1)) nor followed up during the contract. State the proof, e.g. "On request, the Supplier shall submit …" or an annex. In the text: "{unit}"',
  },
  corporate: {
    sv: 'Tilldelningskriteriet ({titles}) gäller leverantörens allmänna företagspolicy (”{term}”), inte personalen och arbetet i detta uppdrag. Tilldelningskriterier ska ha anknytning till det som anskaffas (LOU 16 kap.; direktiv 2014/24/EU art. 67.3, och skäl 97 utesluter uttryckligen krav på en allmän företagspolicy). Gör det till ett särskilt kontraktsvillkor för den personal som utför uppdraget (LOU 17 kap. 1 §; direktivet art. 70 och skäl 98), eller knyt kriteriet till det namngivna leveransteamet (art. 67.2 b). I texten: ”{unit}”',
    en: 'The award criterion ({titles}) is about the supplier\'s general corporate policy ("{term}"), not the staff and work under this contract. Award criteria must be linked to the subject matter (LOU 16 kap.; directive 2014/24/EU art. 67(3), and recital 97 expressly rules out requirements on general corporate policy). Turn it into a special contract condition for the staff performing the contract (LOU 17 kap. 1 §; directive art. 70 and recital 98), or tie the criterion to the named delivery team (art. 67(2)(b)). In the text: "{unit}"',
  },
  followUp: {
    sv: 'Dokumentet ställer jämställdhetskrav ({titles}) men planerar ingen uppföljning: inget om vad som kontrolleras under avtalstiden, när och av vem. Ett särskilt kontraktsvillkor (LOU 17 kap. 1 §; direktiv 2014/24/EU art. 70) som aldrig följs upp ger ingen effekt, och enligt CEMR-deklarationens artikel 12 och kommunernas erfarenhet är uppföljningen det som betyder mest. Lägg till en uppföljningsklausul: vad som följs upp, när, vilket underlag leverantören lämnar och vem som ansvarar.',
    en: 'The document asks for equality requirements ({titles}) but plans no follow-up: nothing on what is checked during the contract, when or by whom. A special contract condition (LOU 17 kap. 1 §; directive 2014/24/EU art. 70) that is never followed up has no effect, and under CEMR Charter article 12 and the municipalities\' experience follow-up matters most. Add a follow-up clause: what is checked, when, what the supplier submits and who is responsible.',
  },
  followUpSuggestion: {
    sv: 'Beställaren följer upp kraven under avtalstiden. Leverantören ska årligen, och i övrigt på begäran, redovisa hur kraven uppfylls för den personal som utför uppdraget.',
    en: 'The Authority follows up the requirements during the contract. Every year, and otherwise on request, the Supplier shall report how the requirements are met for the staff performing the contract.',
  },
  wishSuggestion: {
    sv: 'Skriv ”ska” i stället för ”{term}”, eller gör det till ett tilldelningskriterium med poäng.',
    en: 'Write "shall" instead of "{term}", or make it an award criterion with points.',
  },
  verificationSuggestion: {
    sv: 'Lägg till: ”Leverantören ska på begäran redovisa hur kravet uppfylls.”',
    en: 'Add: "On request, the Supplier shall submit evidence of how the requirement is met."',
  },
  corporateSuggestion: {
    sv: 'Formulera om som särskilt kontraktsvillkor: ”Leverantören ska för den personal som utför uppdraget …”',
    en: 'Rephrase as a special contract condition: "For the staff performing the contract, the Supplier shall …"',
  },
} satisfies Record<string, Text>;

/** Longest stretch of the unit a message quotes. */
const MAX_QUOTE = 200;

function quote(unit: string): string {
  const clean = unit.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE - 1)}…` : clean;
}

/** The blocks a requirement may lean on: its lead-in, the next two blocks, its list or table. */
function neighbourhood(blocks: readonly Block[], at: number): Block[] {
  const block = blocks[at]!;
  const out = new Set<Block>([block]);
  for (let k = at + 1; k <= at + 2 && k < blocks.length; k++) out.add(blocks[k]!);
  const before = blocks[at - 1];
  if (before && before.text.trimEnd().endsWith(':')) out.add(before);
  if (block.kind === 'list-item') {
    let from = at;
    while (from > 0 && blocks[from - 1]!.kind === 'list-item') from--;
    let to = at;
    while (to + 1 < blocks.length && blocks[to + 1]!.kind === 'list-item') to++;
    for (let k = from; k <= to; k++) out.add(blocks[k]!);
    const lead = blocks[from - 1];
    if (lead && lead.text.trimEnd().endsWith(':')) out.add(lead);
  }
  if (block.table) {
    for (const b of blocks) if (b.table?.id === block.table.id) out.add(b);
  }
  return [...out];
}

/** The text the requirement stands in for an award context: its heading path, lead-in and table. */
function awardContext(blocks: readonly Block[], at: number, unit: string): string[] {
  const block = blocks[at]!;
  const texts = [unit, block.text, ...block.headingPath];
  const before = blocks[at - 1];
  if (before && before.text.trimEnd().endsWith(':')) texts.push(before.text);
  if (block.table) for (const b of blocks) if (b.table?.id === block.table.id && b.table.row === 1) texts.push(b.text);
  return texts;
}

/** Whether every level of the rule is an award criterion (where a "bör" is how it is asked). */
function onlyAward(rule: Rule): boolean {
  return Object.values(rule.levels).every((c) => c === undefined || c.kind === 'award-criterion');
}

interface Hit {
  check: WeakCheck;
  at: number;
  unit: string;
  term: string;
  rules: Rule[];
}

function severityOf(check: WeakCheck, opts: WeakOptions): Severity | null {
  const setting = opts.severity?.[WEAK_CHECKS[check].id];
  if (setting === 'off') return null;
  return setting ?? WEAK_CHECKS[check].severity;
}

function finding(doc: Document, hit: Hit, lang: Lang, severity: Severity): QualityFinding {
  const titles = hit.rules.map((r) => `${r.title[lang]} [${r.id}]`).join('; ');
  const message = fmt(lang, M[hit.check], { titles, term: hit.term, unit: quote(hit.unit) });
  let suggestion: string;
  if (hit.check === 'wish') {
    const duty = WISH_REWRITES[hit.term];
    suggestion = duty
      ? hit.unit.replace(new RegExp(`(?<![\\p{L}])${hit.term}(?![\\p{L}])`, 'iu'), duty)
      : fmt(lang, M.wishSuggestion, { term: hit.term });
  } else if (hit.check === 'verification') suggestion = fmt(lang, M.verificationSuggestion);
  else if (hit.check === 'corporate') suggestion = fmt(lang, M.corporateSuggestion);
  else suggestion = fmt(lang, M.followUpSuggestion);
  const block = doc.blocks[hit.at];
  const heading = block?.headingPath[block.headingPath.length - 1];
  return {
    ruleId: WEAK_CHECKS[hit.check].id,
    kind: 'weak',
    severity,
    message,
    ...(block ? { location: heading === undefined ? { ...block.loc } : { ...block.loc, heading } } : {}),
    suggestion,
  };
}

/** The block index of a covered rule's block (by identity, else by its block number). */
function indexOf(doc: Document, block: Block): number {
  const at = doc.blocks.indexOf(block);
  return at >= 0 ? at : Math.max(0, Math.min(doc.blocks.length - 1, block.loc.block - 1));
}

/**
 * The `weak` findings of one document, given the rules it asks for (as the evidence matcher
 * found them). Findings of the same check on the same unit are merged, naming every rule.
 * `lang` is the language of messages; the word lists of both languages are always used.
 */
export function weakFindings(doc: Document, covered: readonly CoveredRule[], lang: Lang, opts: WeakOptions = {}): QualityFinding[] {
  const t = terms();
  const tokens = tokenCache();
  const hits = new Map<string, Hit>();
  const add = (check: WeakCheck, at: number, unit: string, term: string, rule: Rule): void => {
    const key = `${check}|${at}|${unit}`;
    const hit = hits.get(key);
    if (hit) {
      if (!hit.rules.includes(rule)) hit.rules.push(rule);
    } else hits.set(key, { check, at, unit, term, rules: [rule] });
  };
  for (const { rule, block, unit } of covered) {
    if (rule.scope !== 'supplier') continue;
    const at = indexOf(doc, block);
    const award = has(awardContext(doc.blocks, at, unit), t.award, tokens);
    // 1. Only a wish, where the rule expects a requirement (a "bör" in an award context is a
    //    scored criterion, which is how award criteria are asked).
    if (!award && !onlyAward(rule)) {
      const before = doc.blocks[at - 1];
      const own = [unit];
      const lead = before && before.text.trimEnd().endsWith(':') && (block.kind === 'list-item' || block.table) ? before.text : null;
      const wish = has(own, t.wish, tokens) ?? (!has(own, t.duty, tokens) && lead ? has([lead], t.wish, tokens) : null);
      if (wish && !has(own, t.duty, tokens)) add('wish', at, unit, wish, rule);
    }
    // 2. Nothing to verify it by, in the unit or around it.
    if (!has([unit, ...neighbourhood(doc.blocks, at).map((b) => b.text)], t.verification, tokens)) add('verification', at, unit, '', rule);
    // 3. An award criterion about the company as a whole, not limited to this contract.
    if (award) {
      const scope = [unit, block.text];
      const corporate = has(scope, t.corporate, tokens);
      if (corporate && !has(scope, t.contract, tokens)) add('corporate', at, unit, corporate, rule);
    }
  }
  const out: QualityFinding[] = [];
  for (const hit of hits.values()) {
    const severity = severityOf(hit.check, opts);
    if (severity) out.push(finding(doc, hit, lang, severity));
  }
  // 4. Requirements asked, but no follow-up anywhere in the document: once per document.
  const asked = [...new Set(covered.filter((c) => c.rule.scope === 'supplier').map((c) => c.rule))];
  const followSeverity = severityOf('followUp', opts);
  if (asked.length > 0 && followSeverity && !doc.blocks.some((b) => has([b.text], t.followUp, tokens))) {
    const titles = asked.map((r) => r.title[lang]).join('; ');
    out.push({
      ruleId: WEAK_CHECKS.followUp.id,
      kind: 'weak',
      severity: followSeverity,
      message: fmt(lang, M.followUp, { titles }),
      suggestion: fmt(lang, M.followUpSuggestion),
    });
  }
  return out.sort((a, b) => (a.location?.block ?? Infinity) - (b.location?.block ?? Infinity));
}
