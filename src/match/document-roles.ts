// The roles of a document's sentences: what the whole document says about whom it addresses (its
// stance), each sentence's role with a pronoun's party and "this obligation …" carried over from
// the sentence before, and whether the document reads as a guide for buyers.

import type { Block } from '../types.js';
import {
  BINDS,
  isBinding,
  NONE_ROLE,
  SUPPLIER_SIDE,
  withChanges,
  type DocumentStance,
  type Party,
  type Role,
} from './binds.js';
import type { SentencePhrases } from './phrases.js';
import { type Boxes, KIND, type PhraseKind } from './reading.js';
import { isSignificant, sentenceRole } from './roles.js';
import {
  codeSections,
  nearestHeadingNames,
  opensWithLabel,
  opensClauseStatement,
  repeatsNounBefore,
  sectionsHeadedBy,
  statesWhatSupplierDoes,
} from './role-cues.js';
import { formerWordingSentences, informativeBlocks, struckBlocks, unchosenBlocks } from './struck.js';
import { firstWord, SentenceIndex } from './sentence-index.js';
import { LOWER_START, OPEN_END, type SegmentLayout } from './units.js';

/** How to read a document that does not say itself whom it addresses. */
export interface PrepareOptions {
  /** Read the text as a tender excerpt even if it names no supplier (a pack's example sentences). */
  tender?: boolean;
  /**
   * Who "vi"/"we" are, when the caller knows: a bid is the tenderer's own text throughout
   * (`evaluate`), so its "we" is the tenderer even where no signing formula says so.
   */
  speaker?: 'authority' | 'tenderer';
  /** Whether the document hires temporary staff from an agency (see `DocumentStance.agencySupplier`). */
  agencySupplier?: boolean;
  /** Whether the document sets the conditions of a grant (see `DocumentStance.grantConditions`). */
  grantConditions?: boolean;
}

/** A document's sentences as `documentRoles` reads them. */
export interface SentenceSource {
  blocks: readonly Block[];
  /** Words that name a section of award criteria in a heading (see reading.yaml). */
  evaluationHeadings: ReadonlySet<string>;
  /** Verbs of weighing an offer (see reading.yaml `evaluation-verbs`). */
  evaluationVerbs: ReadonlySet<string>;
  /** Words that name a code of conduct for suppliers in a heading (see reading.yaml). */
  codeHeadings: ReadonlySet<string>;
  /** Words that name the supplier's obligations in a heading (see reading.yaml `obligation-headings`). */
  obligationHeadings: ReadonlySet<string>;
  /** Whether the document is a form the supplier fills in (see reading.yaml `supplier-form`). */
  supplierForm: boolean;
  /** Words that say a passage gives examples ("exempel", "model"; see reading.yaml). */
  exampleWords: ReadonlySet<string>;
  /** Words that mark a clause as struck out where they open it (see `struck.ts`). */
  struckMarkers: readonly (readonly string[])[];
  /** Words that say a sentence quotes a clause's former wording (see `formerWordingSentences`). */
  formerWording: readonly (readonly string[])[];
  /** Words that say a part is attached for information only (see `informativeBlocks`). */
  informative: readonly (readonly string[])[];
  /** Check boxes (see `unchosenBlocks`). */
  boxes: Boxes;
  segments: readonly SegmentLayout[];
  /** Per sentence, its reading phrases; null for a sentence not read (no word of it may start one that matters). */
  phrasesOf: readonly (SentencePhrases | null)[];
  /**
   * The last sentences of the paragraphs and items that lead into a list or table, as the layout
   * found them: by ':', by an unfinished ending ("… föreslagit att fullmäktige beslutar" | "- att
   * …") or by pointing ahead ("… enligt tabellen nedan.").
   */
  leadIns: ReadonlySet<number>;
  /** A sentence not read, with its words but no phrase (see `unreadSentence`), for a question. */
  unread(segment: number): SentencePhrases;
}

/** What `documentRoles` gives: each sentence's role, and what the document as a whole is. */
export interface DocumentRoles {
  roles: Role[];
  /** Whether the document names a supplier or addresses tenderers (see `PreparedText.supplierFacing`). */
  supplierFacing: boolean;
  /** Whether it reads as a guide for buyers (see `PreparedText.guide`). */
  guide: boolean;
  /** Whether it is the authority's own plan or report (see `PreparedText.own`). */
  own: boolean;
  /** Per sentence, 1 where it is struck out or quotes a former wording (see `PreparedText.struck`). */
  struck: Uint8Array;
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** Whether a sentence ends in a question mark (before any closing quotes or brackets). */
function isQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return text[i] === '?';
}

/** The longest cell that marks a row and breaks no sentence ("1", "JA", "☐", "Ska"). */
const CELL_MARK = 4;

/** A sentence that opens with a list label and goes on in lower case ("2. vidta …", "b) ha …"). */
const RUN_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\)|[-•–])\s+\p{Ll}/u;

/** The longest cell that is a duty word alone ("Ska", "Ska-krav", "Obligatoriskt", "Mandatory"). */
const DUTY_CELL = 16;

/** Words that open a that-clause: an item starting with one is a clause of its lead-in's sentence. */
const SUBORDINATE = new Set(['att', 'that']);

/**
 * How many sentences describing what the law asks of employers make a document a guide to the law,
 * and how many times more they (with any advice) must be than the sentences binding the supplier.
 */
const LAW_GUIDE = 3;

/** How many mentions of suppliers and tenders make a document face suppliers when no sentence binds one. */
const FACING_CUES = 3;

/** How many sentences of advice make a guide, whatever model clauses binding the supplier it quotes (fewer). */
const GUIDE_ADVICE = 4;

/** How many sentences about the authority's own doings make its own document (with few binding a supplier). */
const OWN_DOCUMENT = 5;
/** How many times more sentences about the authority's own doings than binding a supplier an own document has. */
const OWN_RATIO = 4;

/**
 * How many numbered clauses stating what the supplier does ("Z12.3 The Contractor records in
 * writing …") make a contract written in the present tense, as NEC contracts are.
 */
const PRESENT_TENSE = 3;

/** How many times a document must speak of trainers, participants, training days … to be buying a training. */
const TRAINING_CUES = 3;

/** Whether a sentence holds a verb of weighing an offer ("Kommunen kommer att bedöma …", "will consider"). */
function weighs(found: SentencePhrases, verbs: ReadonlySet<string>): boolean {
  for (let i = 0; i < found.length; i++) if (verbs.has(found.word(i))) return true;
  return false;
}

/** Whom the document addresses and who "we" are, from its cue phrases; and whether it faces suppliers. */
function stanceOf(
  phrasesOf: readonly (SentencePhrases | null)[],
  options: PrepareOptions,
): { stance: DocumentStance; facing: boolean; cues: number } {
  let facing = options.tender ?? false;
  let mentions = 0;
  let toSupplier = 0;
  let toBuyer = 0;
  let signed = false;
  let training = 0;
  const cues =
    KIND['supplier-facing'] |
    KIND['addressing-supplier'] |
    KIND['addressing-buyer'] |
    KIND['signed-by-tenderer'] |
    KIND['training-service'];
  const count = (kind: PhraseKind): void => {
    if (kind === 'supplier-facing') {
      facing = true;
      mentions++;
    } else if (kind === 'training-service') training++;
    else if (kind === 'addressing-supplier') toSupplier++;
    else if (kind === 'addressing-buyer') toBuyer++;
    else signed = true;
  };
  for (const found of phrasesOf) found?.each(cues, count);
  const stance: DocumentStance = {
    addressee: toSupplier > toBuyer ? 'supplier' : toBuyer > toSupplier ? 'buyer' : null,
    speaker: options.speaker ?? (signed ? 'tenderer' : 'authority'),
    trainingService: training >= TRAINING_CUES,
    agencySupplier: options.agencySupplier ?? false,
    grantConditions: options.grantConditions ?? false,
  };
  if (stance.addressee === 'supplier') facing = true;
  return { stance, facing, cues: mentions };
}

/**
 * Whether a lead-in obliges no supplier, so that a list or table after it does not either: it
 * advises or weighs something ("Consider requiring that suppliers:"), or describes what a training
 * teaches or what the law asks of employers ("Programmet ska innehålla följande moduler:").
 */
function leadsAway(role: Role): boolean {
  if (role.force === 'advice' || role.force === 'hypothetical' || role.force === 'question') return true;
  // "Under planperioden ska upphandlingsenheten:" | "utreda i vilka upphandlingar … krav på att
  // leverantören …": the authority's own tasks, item by item.
  if (role.force === 'own-duty') return true;
  if (isBinding(role.force)) return false;
  return role.party === 'buyer' || role.party === 'content' || role.party === 'law' || role.party === 'employer';
}

/**
 * Whether a list item or table row under such a lead-in reads as part of it: it names no party of
 * its own before the words that decide its role ("provide equality training to staff;", "ha en
 * plan mot trakasserier", a cell "Ska"), as opposed to a model clause it quotes ("The Contractor
 * shall …").
 */
function continuesLead(found: SentencePhrases | null | undefined, role: Role, stance: DocumentStance): boolean {
  if (!found?.namesParty) return true;
  // "- att leverantören ska …", "- that the contractor shall …": a that-clause of the lead-in.
  if (SUBORDINATE.has(found.word(firstWord(new SentenceIndex(found, stance))))) return true;
  let end = role.end < 0 ? found.length : role.end;
  // "särskilda kontraktsvillkor om att leverantören ska …": a party in a that-clause of the item is
  // what the lead-in's words are about, not the item's own subject.
  for (let i = 1; i < end; i++) {
    if (SUBORDINATE.has(found.word(i))) {
      end = i;
      break;
    }
  }
  for (let i = 0; i < end; i++) {
    const p = found.partyAt(i);
    // "krav på …", "the requirement …" name the contract's terms: no party that makes the item
    // a clause of its own.
    if (p && p.cls !== 'pronoun' && p.cls !== 'addressee' && p.cls !== 'contract') return false;
  }
  return true;
}

/** Whether a sentence of advice says it gives examples ("exempel på krav", "model clauses"). */
function offersExample(found: SentencePhrases, words: ReadonlySet<string>): boolean {
  for (let i = 0; i < found.length; i++) if (words.has(found.word(i))) return true;
  return false;
}

/** Whether a sentence names the training or study bought ("the following modules", "kursen"). */
function namesTraining(found: SentencePhrases, stance: DocumentStance): boolean {
  return new SentenceIndex(found, stance).parties.some((p) => p.cls === 'training');
}

/** Whether a sentence opens with an instruction to the buyer ("Plan how …", "Använd …"). */
function opensWithBuyerVerb(found: SentencePhrases, stance: DocumentStance): boolean {
  const ix = new SentenceIndex(found, stance);
  return ix.length > 0 && ix.has(firstWord(ix), KIND['buyer-imperative']);
}

/** `role` bound as `by` binds: the sentence goes on with that duty, of that party. */
function boundAs(role: Role, by: Role): Role {
  return withChanges(role, { force: by.force, party: by.party, binds: by.binds, triggered: true });
}

/** Whether a role binds the supplier's side (the supplier, a tenderer, the contract, no one named). */
function bindsSupplierSide(role: Role): boolean {
  return isBinding(role.force) && (role.binds & SUPPLIER_SIDE) !== 0;
}

/** Whether a sentence opens with a question word ("hur …", "vilka rutiner …", "how …"). */
function opensWithQuestionWord(found: SentencePhrases, stance: DocumentStance): boolean {
  const ix = new SentenceIndex(found, stance);
  return ix.length > 0 && ix.has(firstWord(ix), KIND['question-word']);
}

/** Each sentence's role; a pronoun takes the party of the sentence before it in its block or section. */
export function documentRoles(src: SentenceSource, options: PrepareOptions): DocumentRoles {
  const { stance: found, facing: faces, cues } = stanceOf(src.phrasesOf, options);
  let stance = found;
  let facing = faces;
  let read = readRoles(src, stance);
  // An employer's guide to the law ("You must not pay a woman less than a man", "Employers must
  // publish …") says "you must" to the employer reading it, as a tender says it to the supplier:
  // where the law's demands on employers are described more often than suppliers and tenders are
  // mentioned, "you" is the employer.
  if (
    !options.tender &&
    stance.addressee === 'supplier' &&
    read.describingLaw >= LAW_GUIDE &&
    read.describingLaw > cues
  ) {
    stance = { ...stance, addressee: 'employer' };
    read = readRoles(src, stance);
    facing = cues > 0;
  }
  const guide =
    !options.tender &&
    ((read.advising >= 2 && read.advising > 2 * read.bindingSupplier) ||
      // A guide that quotes model clauses: they bind the supplier, but the advice outnumbers them.
      (read.advising >= GUIDE_ADVICE && read.advising > read.bindingSupplier) ||
      (read.describingLaw >= LAW_GUIDE && read.advising + read.describingLaw > LAW_GUIDE * read.bindingSupplier));
  // A guide that does not say whom "ni", "you" are speaks to its reader, the buyer ("bör ni också
  // överväga om …", "you should think about …"): read again with that reader.
  // The authority's own plan or report ("The Council employs …", "Kommunen har infört …") that
  // binds a supplier at most in passing and speaks more of the authority than of suppliers and
  // tenders: mentioning a contractor, or one requirement it may set, does not make it face suppliers.
  const own =
    !options.tender &&
    read.authorityOwn >= OWN_DOCUMENT &&
    read.authorityOwn >= OWN_RATIO * read.bindingSupplier &&
    read.authorityOwn > cues;
  // A passing mention of an operator or a contractor, with no sentence binding a supplier, does
  // not make minutes or a report face suppliers; a tender names its tenders and suppliers often.
  // (A form the tenderer signs faces suppliers however seldom it names them.)
  const few =
    read.bindingSupplier === 0 &&
    cues < FACING_CUES &&
    stance.addressee !== 'supplier' &&
    stance.speaker !== 'tenderer';
  // A grant agreement binding "the Grantee" clause after clause faces its supplier whatever it
  // calls it.
  const binding = read.bindingSupplier >= FACING_CUES;
  const supplierFacing = (facing || binding) && !own && (options.tender === true || !few);
  if (guide && stance.addressee === null) {
    const again = readRoles(src, { ...stance, addressee: 'buyer' });
    return { roles: again.roles, supplierFacing, guide, own, struck: again.struck };
  }
  // A contract in the present tense ("Z12.3 The Contractor records in writing …", "Z12.5 The
  // Contractor provides …"): its numbered clauses state the supplier's duties, where they outnumber
  // the clauses that say "shall".
  // Elsewhere a numbered clause whose verb is a present tense of doing ("C.4.1 Leverantören lämnar
  // årligen en rapport …") is a duty too, and so, in a document that binds the supplier with duty
  // words (not a report on it), is such a sentence unnumbered ("Utöver rapporten redovisar
  // leverantören …").
  if (supplierFacing && !guide)
    for (const s of presentTenseDuties(read))
      read.roles[s] = withChanges(read.roles[s]!, { force: 'duty', triggered: true });
  // A form the tenderer signs ("To be signed by an authorised signatory", "Vi intygar …"): what it
  // states of itself there ("We keep a written record …", "Vi har rutiner mot …") it declares and
  // undertakes. (A bid read by `evaluate` is the tenderer's own text, not such a form.)
  if (supplierFacing && !guide && options.speaker === undefined)
    for (const s of read.declarations) read.roles[s] = withChanges(read.roles[s]!, { force: 'duty', triggered: true });
  // A supplier code of conduct states what it requires ("4.2 Equal pay. Women and men receive equal
  // pay …", "Suppliers have a written procedure …"), and so does a table of obligations.
  if (supplierFacing && !guide)
    for (const s of read.codeStatements)
      read.roles[s] = withChanges(read.roles[s]!, {
        force: 'duty',
        binds: read.roles[s]!.party === 'supplier' ? BINDS.supplier : BINDS.unspecified,
        triggered: true,
      });
  // "4 Tilldelningskriterier" | "Könsfördelning i det offererade teamet | 15 %": what the offer is
  // scored on is asked of the tenderer.
  if (supplierFacing && !guide)
    for (const s of read.criteria)
      read.roles[s] = withChanges(read.roles[s]!, {
        force: 'duty',
        party: 'tenderer',
        binds: BINDS.tenderer,
        triggered: true,
      });
  return { roles: read.roles, supplierFacing, guide, own, struck: read.struck };
}

/** The sentences in the present tense that state the supplier's duties (see `documentRoles`). */
function presentTenseDuties(read: {
  clauseStatements: readonly number[];
  doingStatements: readonly number[];
  doingClauses: readonly number[];
  bindingSupplier: number;
}): readonly number[] {
  const statements = read.clauseStatements;
  if (statements.length >= PRESENT_TENSE && statements.length > read.bindingSupplier) return statements;
  return read.bindingSupplier > 0 ? read.doingStatements : read.doingClauses;
}

/** The roles of a document's sentences read with `stance`, and the counts that tell a guide. */
function readRoles(
  src: SentenceSource,
  stance: DocumentStance,
): {
  roles: Role[];
  advising: number;
  bindingSupplier: number;
  describingLaw: number;
  authorityOwn: number;
  clauseStatements: number[];
  doingStatements: number[];
  doingClauses: number[];
  criteria: number[];
  declarations: number[];
  codeStatements: number[];
  struck: Uint8Array;
} {
  const { blocks, segments, phrasesOf } = src;
  const roles = new Array<Role>(segments.length);
  let previous: Party = 'none';
  let lastRole: Role | null = null;
  let lastBlock = -1;
  // Whether a sentence of the paragraph so far offers examples ("Nedan listas exempel på krav som
  // kan ställas."), and whether the list or table after such a lead-in is those examples.
  let offersExamples = false;
  let examples = false;
  // A lead-in that obliges no supplier ("Consider requiring that suppliers:", "Du kan till exempel
  // ställa krav på att leverantören:", "Programmet ska innehålla följande moduler:"): the list or
  // table after it reads as it does, until a heading or a paragraph.
  let lead: Role | null = null;
  // A lead-in that binds the supplier's side, for the items after it.
  let binder: Role | null = null;
  // Whether that lead-in names the training bought ("The Provider shall deliver the following
  // modules:"): where the document buys a training, its items are what is taught.
  let teaches = false;
  // The sentence binding the supplier's side that a list run into its paragraph goes on from.
  let runBinder: Role | null = null;
  // The last binding paragraph of the section left open ("Anbudsgivaren intygar att den"): the
  // lower-case cells of a table a PDF flattened after it finish its sentence, row by row.
  let openLead: Role | null = null;
  // The last paragraph of the section that binds the supplier's side ("Anbudsgivaren ska beskriva
  // hur följande tillämpas …", "… poängsätts enligt tabellen nedan."): where a PDF reader flattened
  // the table after it, a cell that opens with a question word ("Hur personalen får
  // kompetensutveckling …") is what it asks to be described.
  let tableLead: Role | null = null;
  // Whether the document reads as a guide is weighed on the sentences' own words, not on what a
  // list takes from its lead-in.
  let advising = 0;
  let bindingSupplier = 0;
  // What the law asks of employers, described ("Employers must publish …", "Lagen kräver att
  // arbetsgivare …"): an employer's guide to the law reads as a guide too, whatever tenders it mentions.
  let describingLaw = 0;
  // What the authority itself does or is ("The Council employs …", "Kommunen ska …").
  let authorityOwn = 0;
  // Numbered clauses that open by stating what the supplier does ("Z12.2 The Contractor maintains …").
  const clauseStatements: number[] = [];
  // Sentences saying in the present tense of doing what the supplier does ("C.4.1 Leverantören lämnar …").
  const doingStatements: number[] = [];
  // Of those, the numbered clauses.
  const doingClauses: number[] = [];
  // Rows and sentences naming no party under a heading of award criteria.
  const criteria: number[] = [];
  // What the tenderer states of itself on a form it signs ("B1 | We carry out, every year, a survey …").
  const declarations: number[] = [];
  // Statements under a heading that names a code of conduct ("Women and men receive equal pay"), and
  // those naming no party under one that names obligations ("Ref Obligation Evidence" | "14.2(a)
  // Pay Ensure that men and women … receive equal pay …").
  const codeStatements: number[] = [];
  const underCode = codeSections(blocks, src.codeHeadings);
  const underCriteria = sectionsHeadedBy(blocks, src.evaluationHeadings);
  const underObligations = nearestHeadingNames(blocks, src.obligationHeadings);
  const struck = struckBlocks(blocks, segments, src.struckMarkers);
  informativeBlocks(blocks, segments, phrasesOf, src.informative, struck);
  unchosenBlocks(blocks, src.boxes, struck);
  const former = formerWordingSentences(segments, src.formerWording);
  const removed = new Uint8Array(segments.length);
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const block = blocks[segment.block]!;
    const item = segment.item;
    if (block.kind === 'heading') {
      previous = 'none';
      lastRole = null;
      openLead = null;
      tableLead = null;
    }
    if (segment.block !== lastBlock) offersExamples = false;
    if (segment.block !== lastBlock && !item) {
      examples = false;
      lead = null;
      binder = null;
      runBinder = null;
    }
    const found = phrasesOf[s];
    const question = isQuestion(segment.text);
    // A sentence with no duty word, party, advice or instruction has nothing to weigh.
    let role: Role;
    if (!question && (!found || !isSignificant(found, stance))) role = NONE_ROLE;
    else role = sentenceRole(found ?? src.unread(s), question, stance, previous);
    // "14.6 [Deleted …: "The Contractor shall …"]": a clause struck out requires nothing, nor does
    // its former wording quoted ("Punkten löd: "Leverantören ska …"").
    if (struck[segment.block] === 1 || former[s] === 1) {
      removed[s] = 1;
      role = withChanges(role, { force: 'lifted', binds: 0, triggered: true, anaphoric: false });
    }
    // "This obligation covers …": goes on from a sentence that binds, and binds as it does.
    if (role.anaphoric && lastRole && isBinding(lastRole.force) && lastRole.binds !== 0) {
      role = boundAs(role, lastRole);
    }
    // Weighing whether to set a requirement ("Upphandlaren bör överväga om …") is a guide's advice too.
    // ("The Buyer may inspect …": a call-off's buyer exercising its rights advises no one.)
    if (role.force === 'advice' || role.force === 'hypothetical' || (role.party === 'buyer' && role.force !== 'right'))
      advising++;
    // (Examples a list takes from a lead-in that advises are no one's duties, whatever they say.)
    else if (isBinding(role.force) && (role.binds & (BINDS.supplier | BINDS.tenderer)) !== 0) {
      if (!((lead || examples) && item)) bindingSupplier++;
    } else if (!isBinding(role.force) && (role.party === 'law' || role.party === 'employer')) describingLaw++;
    else if (role.party === 'authority' && (role.binds & BINDS.authority) !== 0) authorityOwn++;
    if (role.force === 'advice' && found && offersExample(found, src.exampleWords)) offersExamples = true;
    // "Nedan listas exempel på krav som kan ställas." | "Leverantören ska ha rutiner mot …": the
    // clauses a list of examples quotes are examples, whoever they name.
    if (examples && item)
      role = withChanges(role, { force: 'advice', party: 'buyer', binds: 0, triggered: true, anaphoric: false });
    else if (binder && teaches && item && continuesLead(found, role, stance))
      role = withChanges(role, { force: 'description', party: 'content', binds: 0, triggered: true, anaphoric: false });
    else if (lead && item && continuesLead(found, role, stance))
      role = withChanges(role, {
        force: lead.force,
        party: lead.party,
        // The authority's own tasks stay its own (for the rules about the authority itself).
        binds: lead.force === 'own-duty' ? lead.binds : 0,
        triggered: true,
        anaphoric: false,
      });
    // "Leverantören ska uppfylla följande:" | "Arbetsgivaren ska varje år kartlägga lönerna": under a
    // lead-in that binds the supplier's side, "the employer" of an item is the supplier as employer.
    else if (binder && item && role.party === 'employer' && role.force === 'description')
      role = withChanges(role, { force: 'duty', party: 'supplier', binds: BINDS.supplier });
    // Under a lead-in that binds, an item goes on with its duty where it opens with a verb a guide
    // tells buyers ("The Operator shall:" | "(c) plan duty rosters so that …") or says what the
    // staff may do or get ("Leverantören ska:" | "- ge de anställda möjlighet …, så att
    // föräldralediga konsulter kan …", "Beskriv:" | "- hur konsulterna får fortbildning …").
    // An item that opens with a question word is what the lead-in asks to be described ("Leverantören
    // ska beskriva:" | "- hur konsulterna får fortbildning …", "Describe:" | "(a) how staff are …").
    else if (
      binder &&
      item &&
      (role.force === 'permission' ||
        (role.force === 'advice' && found && opensWithBuyerVerb(found, stance)) ||
        (!question && !isBinding(role.force) && found && opensWithQuestionWord(found, stance)))
    )
      role = boundAs(role, binder);
    // "B.2 Det åligger Leverantören att 1. kartlägga …; 2. vidta …; 3. dokumentera …": a list a PDF
    // ran into one paragraph goes on with the duty of the sentence that opened it.
    else if (
      runBinder &&
      !item &&
      segment.block === lastBlock &&
      RUN_ITEM.test(segment.text) &&
      !question &&
      !isBinding(role.force) &&
      continuesLead(found, role, stance)
    )
      role = boundAs(role, runBinder);
    else if (
      tableLead &&
      !item &&
      !question &&
      !isBinding(role.force) &&
      (role.party === 'none' || role.party === 'supplier' || role.party === 'tenderer') &&
      found &&
      opensWithQuestionWord(found, stance)
    )
      role = boundAs(role, tableLead);
    if (bindsSupplierSide(role)) runBinder = role;
    if (!item && bindsSupplierSide(role)) tableLead = role;
    // "Anbudsgivaren intygar att den" | "JA" | "1" | "arbetar med aktiva åtgärder …" | "☐"
    if (
      openLead &&
      !item &&
      segment.block !== lastBlock &&
      !question &&
      !isBinding(role.force) &&
      role.party === 'none' &&
      LOWER_START.test(segment.text)
    )
      role = boundAs(role, openLead);
    else if (!item && segment.text.length > CELL_MARK && !LOWER_START.test(segment.text)) openLead = null;
    const last = s + 1 === segments.length || segments[s + 1]!.block !== segment.block;
    if (last && !item && bindsSupplierSide(role) && OPEN_END.test(segment.text)) openLead = role;
    // The last sentence of a lead-in, or of a block that ends with ':' (numbered paragraphs at one
    // level, "1. Consider requiring that suppliers:" | "2. provide …", which the layout reads as
    // siblings): what follows reads as it does.
    if (last && (src.leadIns.has(s) || segment.text.trimEnd().endsWith(':'))) {
      lead = leadsAway(role) ? role : null;
      // (Not a table's header row: "Krav | Exempel på underlag" heads requirements.)
      if (!item) examples = offersExamples;
      binder = bindsSupplierSide(role) ? role : null;
      teaches = binder !== null && stance.trainingService && found != null && namesTraining(found, stance);
    }
    // "Leverantören ska bedriva ett systematiskt arbete med aktiva åtgärder. Arbetet ska dokumenteras
    // skriftligen årligen.", "… an equality plan. The plan shall be updated …": a passive duty whose
    // subject repeats a noun of the binding sentence before goes on from it.
    if (
      found &&
      !item &&
      s > 0 &&
      segments[s - 1]!.block === segment.block &&
      role.triggered &&
      isBinding(role.force) &&
      role.party === 'none' &&
      bindsSupplierSide(roles[s - 1]!) &&
      repeatsNounBefore(found, phrasesOf[s - 1] ?? src.unread(s - 1), stance)
    )
      role = withChanges(role, { anaphoric: true });
    roles[s] = role;
    const clause = !item && !question && !!found && opensClauseStatement(segment.text, found, role, stance);
    if (clause) clauseStatements.push(s);
    if (!item && !question && found && statesWhatSupplierDoes(found, role, stance)) {
      doingStatements.push(s);
      if (clause) doingClauses.push(s);
    }
    if (
      !question &&
      block.kind !== 'heading' &&
      role.force === 'statement' &&
      (role.party === 'none' || role.party === 'supplier') &&
      !role.anaphoric &&
      (underCode(segment.block) ||
        (role.party === 'none' &&
          (underObligations(segment.block) ||
            (src.supplierForm && (!!block.table || !!item || opensWithLabel(block.text))))))
    )
      codeStatements.push(s);
    if (
      stance.speaker === 'tenderer' &&
      !question &&
      role.force === 'statement' &&
      role.party === 'tenderer' &&
      !role.anaphoric
    )
      declarations.push(s);
    if (
      !question &&
      block.kind !== 'heading' &&
      !role.anaphoric &&
      underCriteria(segment.block) &&
      ((role.force === 'statement' && role.party === 'none') ||
        (role.party === 'authority' && !!found && weighs(found, src.evaluationVerbs)))
    )
      criteria.push(s);

    // A table a PDF reader flattened: "Årlig kartläggning och analys av löner …" | "Ska": a cell
    // that is a duty word alone makes the description before it (its row's) a requirement.
    if (s > 0 && isBinding(role.force) && role.party === 'none' && segment.text.length <= DUTY_CELL) {
      const before = roles[s - 1]!;
      const cell = blocks[segments[s - 1]!.block]!;
      if (
        segments[s - 1]!.block !== segment.block &&
        cell.kind === 'paragraph' &&
        before.party === 'none' &&
        !isBinding(before.force) &&
        (before.force === 'statement' || before.force === 'description')
      )
        roles[s - 1] = withChanges(before, { force: role.force, binds: role.binds, triggered: true });
    }
    if (role.triggered || block.kind !== 'list-item') lastRole = role;
    if (role.party !== 'none') previous = role.party;
    else if (segment.block !== lastBlock && block.kind === 'heading') previous = 'none';
    lastBlock = segment.block;
  }
  return {
    roles,
    advising,
    bindingSupplier,
    describingLaw,
    authorityOwn,
    clauseStatements,
    doingStatements,
    doingClauses,
    criteria,
    declarations,
    codeStatements,
    struck: removed,
  };
}
