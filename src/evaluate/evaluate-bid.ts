// One tenderer's bid against every requirement: the answer form by its keys where it answers,
// else the bid's own documents (by the requirement's label, then by its topic); the status with
// the sentence it rests on; and reservations that stand outside every answer.
import { basename } from 'node:path';
import { fmt } from '../i18n.js';
import type { MatchSession } from '../match/index.js';
import type { Block, Document, Lang } from '../types.js';
import type { FormAnswer } from '../generate/index.js';
import { classify, type Reading } from './classify.js';
import type { EvidenceSearch } from './evidence.js';
import { labelPassages, type Passage } from './locate.js';
import { MSG, NOTE } from './messages.js';
import { wordsOf } from './phrases.js';
import type { ReadBid } from './read-bid.js';
import { answerSentences, clauseText, copies, joinClauses, type AnswerSentence, type ClauseText } from './sentences.js';
import type { Cell, Place, Requirement, Tender, TendererResult } from './types.js';
import type { EvaluateVocabulary } from './vocabulary.js';

/** What every bid of a run is read with, made once by the run and passed along. */
export interface BidContext {
  tender: Tender;
  lang: Lang;
  session: MatchSession;
  vocabulary: EvaluateVocabulary;
  search: EvidenceSearch;
  /** Per requirement (by index), its clause as answers are compared with it. */
  clauses: ClauseText[];
  /** Every clause of the tender: restating one is no answer. */
  allClauses: ClauseText;
}

/** The run's reading context for a tender. */
export function bidContext(
  tender: Tender,
  lang: Lang,
  session: MatchSession,
  vocabulary: EvaluateVocabulary,
  search: EvidenceSearch,
): BidContext {
  const clauses = tender.requirements.map((r) => clauseText(session, [...r.paragraphs, r.verification]));
  return { tender, lang, session, vocabulary, search, clauses, allClauses: joinClauses(clauses) };
}

const placeIn =
  (doc: Document) =>
  (b: Block): Place => ({
    file: doc.path,
    block: b.loc.block,
    ...(b.loc.page !== undefined ? { page: b.loc.page } : {}),
    ...(b.headingPath.length > 0 ? { heading: b.headingPath[b.headingPath.length - 1]! } : {}),
  });

/** The sentences of a form answer: its lines as paragraphs. */
function formSentences(ctx: BidContext, i: number, file: string, a: FormAnswer): AnswerSentence[] {
  const blocks: Block[] = a.answer
    .split(/\n+/)
    .filter((l) => l.trim() !== '')
    .map((text, k) => ({ text, kind: 'paragraph', headingPath: [], loc: { block: k + 1 } }));
  const place: Place = { file, field: 'answer', ...(a.foundBy.answer ? { foundBy: a.foundBy.answer } : {}) };
  return answerSentences(ctx.session, blocks, () => place, ctx.clauses[i]!, ctx.allClauses);
}

/** A passage's sentences, or none when all it holds restates the tender. */
function passageSentences(ctx: BidContext, i: number, p: Passage): AnswerSentence[] {
  return answerSentences(ctx.session, p.blocks, placeIn(p.doc), ctx.clauses[i]!, ctx.allClauses);
}

/** A document answer chosen for a requirement: the passage and its sentences. */
interface Found {
  passage: Passage;
  sentences: AnswerSentence[];
}

/**
 * Document answers for the requirements `wanted`: by label in any document first (the first
 * document whose passage says something of its own), then by topic in what no label claims.
 * `skip` leaves one document out (looking for an enclosure beside the answer).
 */
function fromDocuments(
  ctx: BidContext,
  wanted: readonly number[],
  docs: readonly Document[],
  byLabel: ReadonlyArray<Map<number, Passage>>,
  skip?: string,
): Map<number, Found> {
  const out = new Map<number, Found>();
  for (const i of wanted) {
    for (let d = 0; d < docs.length && !out.has(i); d++) {
      const p = docs[d]!.path === skip ? undefined : byLabel[d]!.get(i);
      if (!p) continue;
      const sentences = passageSentences(ctx, i, p);
      if (sentences.length > 0) out.set(i, { passage: p, sentences });
    }
  }
  let open = wanted.filter((i) => !out.has(i));
  for (let d = 0; d < docs.length && open.length > 0; d++) {
    const doc = docs[d]!;
    if (doc.path === skip) continue;
    const taken = new Set([...byLabel[d]!.values()].flatMap((p) => p.used));
    for (const [i, p] of ctx.search.assign(doc, ctx.tender.requirements, open, taken)) {
      const sentences = passageSentences(ctx, i, p);
      if (sentences.length > 0) out.set(i, { passage: p, sentences });
    }
    open = open.filter((i) => !out.has(i));
  }
  return out;
}

/** A file name written in an answer ("Bilaga 4 – rutin.pdf"), to look for among the bid's files. */
const FILE_NAME = /[\p{L}\p{N}_.-]+\.(?:pdf|docx?|odt|txt|md|xlsx?)\b/giu;

/** The cell of one requirement. */
function cellOf(
  ctx: BidContext,
  i: number,
  bid: ReadBid,
  byLabel: ReadonlyArray<Map<number, Passage>>,
  found: Found | undefined,
  used: Map<Document, Set<number>>,
): Cell {
  const req: Requirement = ctx.tender.requirements[i]!;
  const l = ctx.lang;
  const notes: string[] = [];
  const fa = bid.form?.reading.answers.find((a) => a.ruleId === req.ruleId);
  const formPath = bid.form?.path;
  let reading: Reading;
  let source: Cell['source'] = null;
  let via: Cell['via'];
  let answer = '';
  let attachment = '';
  let answerFile: string | undefined;

  if (fa && formPath && (fa.accepted === true || fa.answer.trim() !== '' || fa.attachment.trim() !== '')) {
    const sentences = formSentences(ctx, i, formPath, fa);
    reading = classify(req, sentences, fa.accepted, ctx.vocabulary);
    if (reading.status === 'accepted' && !reading.quote) {
      reading.quote = {
        text: `\u2612 ${req.label}`,
        place: { file: formPath, field: 'accepted', ...(fa.foundBy.accepted ? { foundBy: fa.foundBy.accepted } : {}) },
      };
    }
    if (reading.status === 'accepted' && fa.accepted === false && req.kind !== 'award-criterion')
      notes.push(fmt(l, NOTE.notTicked));
    if (req.kind === 'award-criterion' && fa.accepted === true && !reading.describes)
      notes.push(fmt(l, NOTE.tickedNoText));
    source = 'form';
    answer = fa.answer;
    attachment = fa.attachment.trim();
    answerFile = formPath;
  } else {
    if (found) {
      reading = classify(req, found.sentences, undefined, ctx.vocabulary);
      source = 'document';
      via = found.passage.via;
      answer = found.sentences.map((s) => s.text).join(' ');
      answerFile = found.passage.doc.path;
      const u = used.get(found.passage.doc) ?? new Set<number>();
      for (const j of found.passage.used) u.add(j);
      used.set(found.passage.doc, u);
      if (formPath) notes.push(fmt(l, NOTE.fromDocument, { file: basename(answerFile) }));
      if (via === 'evidence') notes.push(fmt(l, NOTE.byEvidence));
    } else {
      reading = classify(req, [], fa?.accepted, ctx.vocabulary);
    }
  }
  if (reading.status === 'answered' && req.kind !== 'award-criterion') notes.push(fmt(l, NOTE.noAcceptance));
  if (reading.reservation?.kind === 'altered') notes.push(fmt(l, NOTE.altered));

  let status: Cell['status'] = reading.status;
  if (req.asksAttachment && (status === 'accepted' || status === 'answered')) {
    if (attachment === '' && !reading.namesAttachment) {
      // Enclosed without being named: another file of the bid answers the requirement.
      const enclosed = fromDocuments(ctx, [i], bid.documents, byLabel, answerFile).get(i);
      if (enclosed) attachment = basename(enclosed.passage.doc.path);
      else status = 'attachment-missing';
    }
  }
  if (attachment !== '') {
    const names = new Set(bid.files.map((f) => basename(f.path).toLowerCase()));
    for (const m of attachment.matchAll(FILE_NAME)) {
      if (!names.has(m[0].toLowerCase())) notes.push(fmt(l, NOTE.attachmentNotFound, { name: m[0] }));
    }
  }
  return {
    ruleId: req.ruleId,
    status,
    source,
    ...(via ? { via } : {}),
    ...(reading.quote ? { quote: reading.quote } : {}),
    ...(reading.reservation ? { reservation: reading.reservation } : {}),
    ...(fa && source === 'form' ? { ticked: fa.accepted } : {}),
    ...(answer.trim() !== '' ? { answer: answer.trim() } : {}),
    ...(attachment !== '' ? { attachment } : {}),
    notes,
  };
}

/** Reservations in the bid's documents outside every answer: a general reservation covers everything. */
function looseReservations(
  ctx: BidContext,
  docs: readonly Document[],
  used: Map<Document, Set<number>>,
): TendererResult['looseReservations'] {
  const out: TendererResult['looseReservations'] = [];
  for (const doc of docs) {
    const taken = used.get(doc);
    doc.blocks.forEach((b, j) => {
      if (taken?.has(j)) return;
      for (const sentence of b.text.split(/(?<=[.!?;])\s+(?=[\p{Lu}\d])/u)) {
        const words = wordsOf(sentence);
        const hit = ctx.vocabulary.reservation.find(words) ?? ctx.vocabulary.refusal.find(words);
        if (hit && !copies(words, ctx.allClauses))
          out.push({ text: sentence.trim(), place: placeIn(doc)(b), words: hit.phrase });
      }
    });
  }
  return out;
}

/** Evaluates one tenderer's bid. */
export function evaluateBid(
  id: string,
  bid: ReadBid,
  ctx: BidContext,
  inputProblems: TendererResult['problems'],
): TendererResult {
  const l = ctx.lang;
  const name = bid.form?.reading.tenderer.name.trim() || id;
  const org = bid.form?.reading.tenderer['org-number'].trim() || null;
  const problems = [...inputProblems, ...bid.problems];
  const base = { id, name, orgNumber: org, files: bid.files, looseReservations: [], notes: [] as string[] };
  if (bid.forms.length > 1) {
    const dir = bid.forms[0]!.replace(/[/\\][^/\\]*$/, '');
    return {
      ...base,
      cells: null,
      problems: [
        ...problems,
        { file: dir, message: fmt(l, MSG.twoForms, { files: bid.forms.map((f) => basename(f)).join(', ') }) },
      ],
    };
  }
  if (!bid.form && bid.documents.length === 0) return { ...base, cells: null, problems };
  const byLabel = bid.documents.map((d) => labelPassages(d, ctx.tender));
  const used = new Map<Document, Set<number>>();
  // The form answers what it answers; the documents are searched for the rest, all at once, so
  // that a sentence found by topic goes to one requirement only.
  const answeredByForm = (i: number) => {
    const a = bid.form?.reading.answers.find((x) => x.ruleId === ctx.tender.requirements[i]!.ruleId);
    return a !== undefined && (a.accepted === true || a.answer.trim() !== '' || a.attachment.trim() !== '');
  };
  const wanted = ctx.tender.requirements.map((_, i) => i).filter((i) => !answeredByForm(i));
  const found = fromDocuments(ctx, wanted, bid.documents, byLabel);
  const cells = ctx.tender.requirements.map((_, i) => cellOf(ctx, i, bid, byLabel, found.get(i), used));
  const notes: string[] = [];
  if (bid.form) {
    const missing = ctx.tender.requirements
      .map((r) => r.ruleId)
      .filter((rid) => !bid.form!.reading.answers.some((a) => a.ruleId === rid));
    if (missing.length > 0) notes.push(fmt(l, MSG.otherTender, { missing: missing.join(', ') }));
  }
  return { ...base, cells, looseReservations: looseReservations(ctx, bid.documents, used), notes, problems };
}
