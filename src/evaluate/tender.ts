// Which requirements the bids are evaluated against: the appendix as JSON (`generate --format
// json`), the appendix DOCX (whose clauses carry their rule ids), or the same selection flags
// generate takes. All three become the appendix JSON first, so a tender is read one way only.
import { strFromU8 } from 'fflate';
import { UserError } from '../errors.js';
import { readDocumentBytes } from '../documents/index.js';
import { generate } from '../generate/index.js';
import type { TenderMeta } from '../generate/index.js';
import { fmt } from '../i18n.js';
import type { Block, Catalogue, Lang, Level, RequirementKind, TenderType } from '../types.js';
import { MSG } from './messages.js';
import { wordsOf } from './phrases.js';
import { tenderFromJson } from './tender-json.js';
import type { Tender } from './types.js';
import type { EvaluateVocabulary } from './vocabulary.js';

/** The selection generate would make (used when no appendix file is given). */
export interface TenderSelection {
  catalogue: Catalogue;
  rules?: string[];
  exclude?: string[];
  level?: Level;
  kinds?: RequirementKind[];
  type?: TenderType;
  meta?: TenderMeta;
}

/** The appendix JSON generate writes for a selection, in the tender's language. */
async function appendixJson(sel: TenderSelection, lang: Lang): Promise<string> {
  const meta: TenderMeta | undefined = sel.type
    ? { ...sel.meta, tender: { ...sel.meta?.tender, type: sel.type } }
    : sel.meta;
  const r = await generate({
    catalogue: sel.catalogue,
    lang,
    format: 'json',
    ...(sel.rules ? { rules: sel.rules } : {}),
    ...(sel.exclude ? { exclude: sel.exclude } : {}),
    ...(sel.level ? { level: sel.level } : {}),
    ...(sel.kinds ? { kinds: sel.kinds } : {}),
    ...(meta ? { meta } : {}),
  });
  return strFromU8(r.data);
}

/** How messages name a tender chosen by flags rather than read from a file. */
const SELECTION = { sv: 'urvalet (--pack, --level …)', en: 'the selection (--pack, --level …)' } as const;

/** The tender from the selection flags, exactly as `generate` with the same flags selects it. */
export async function tenderFromSelection(
  sel: TenderSelection,
  vocabulary: EvaluateVocabulary,
  lang: Lang,
): Promise<Tender> {
  const tender = tenderFromJson(await appendixJson(sel, lang), '--pack/--level', vocabulary, lang, sel.catalogue);
  return { ...tender, source: fmt(lang, SELECTION) };
}

/** A rule id as the appendix writes it after a clause's title: `… [diskrl3.pay]`. */
const RULE_ID_TAIL = /\[([a-z0-9]+\.[a-z0-9-]+)\]\s*$/;

/** Words shared by two texts, as a share of the larger: how alike two renderings of a clause are. */
function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(a.size, b.size, 1);
}

/** The metadata line `Label: value` of the appendix's title block, when present and filled. */
function metaLine(blocks: readonly Block[], labels: readonly string[]): string | null {
  for (const b of blocks.slice(0, 12)) {
    for (const label of labels) {
      if (b.text.startsWith(`${label}: `)) {
        const value = b.text.slice(label.length + 2).trim();
        return /^\[.*\]$/.test(value) ? null : value;
      }
    }
  }
  return null;
}

/**
 * The tender from the appendix DOCX: its rule ids in order, then the level whose clause texts
 * read most like the document's (each level's clauses generated from the catalogue and compared
 * word by word). Title, reference and authority come from the appendix's own title block.
 */
export async function tenderFromDocx(
  bytes: Uint8Array,
  file: string,
  catalogue: Catalogue,
  vocabulary: EvaluateVocabulary,
  lang: Lang,
): Promise<Tender> {
  const doc = await readDocumentBytes(file, bytes, { lang });
  const ids: string[] = [];
  // The clause paragraphs as published (metadata filled in), which bids may quote.
  const published = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const b of doc.blocks) {
    const m = RULE_ID_TAIL.exec(b.text);
    if (m && b.kind !== 'table-cell' && !ids.includes(m[1]!)) {
      ids.push(m[1]!);
      published.set(m[1]!, (current = []));
      continue;
    }
    if (b.kind === 'heading' || b.kind === 'table-cell' || b.kind === 'list-item') current = undefined;
    current?.push(b.text);
  }
  const textOf = new Map([...published].map(([id, paras]) => [id, new Set(paras.flatMap(wordsOf))]));
  if (ids.length === 0) throw new UserError(file, fmt(lang, MSG.noRuleIds, {}));
  const unknown = ids.filter((id) => !catalogue.rules.some((r) => r.id === id));
  if (unknown.length > 0) throw new UserError(file, fmt(lang, MSG.unknownRules, { ids: unknown.join(', ') }));

  const docLang: Lang = doc.blocks.some((b) => b.text === 'Appendix: gender-equality requirements') ? 'en' : 'sv';
  let best: { score: number; json: string } | undefined;
  for (const level of ['base', 'advanced', 'leading'] as const) {
    // A rule that starts above this level is left out by generate: this level cannot be the one.
    const json = await appendixJson({ catalogue, rules: ids, level }, docLang).catch(() => undefined);
    if (!json) continue;
    const rules = (JSON.parse(json) as { rules: Array<{ id: string; text: string }> }).rules;
    if (rules.length !== ids.length) continue;
    let score = 0;
    for (const r of rules) score += likeness(new Set(wordsOf(r.text)), textOf.get(r.id) ?? new Set());
    if (!best || score > best.score + 1e-9) best = { score, json };
  }
  if (!best) throw new UserError(file, fmt(lang, MSG.noLevel, {}));
  const tender = tenderFromJson(best.json, file, vocabulary, lang, catalogue);
  for (const r of tender.requirements) {
    const paras = published.get(r.ruleId) ?? [];
    const verification = paras.find((p) => /^(Verifiering|Verification): /.test(p));
    r.paragraphs = paras.filter((p) => p !== verification);
    if (verification) r.verification = verification.replace(/^[^:]+: /, '');
  }
  const title = doc.blocks[0] && !/^\[.*\]$/.test(doc.blocks[0].text) ? doc.blocks[0].text : null;
  return {
    ...tender,
    source: file,
    title,
    reference: metaLine(doc.blocks, ['Diarienummer', 'Reference number', 'Reference']),
    authority: metaLine(doc.blocks, ['Upphandlande myndighet', 'Contracting authority']),
  };
}
