// The `evaluate` library API: a tender and bids folders in, an EvaluationResult out (pure data
// every formatter renders). Reads the bids with the hardened readers; never prints or writes.
import { MatchSession, type ReadingSpec } from '../match/index.js';
import type { ReadOptions } from '../documents/index.js';
import type { Catalogue, Lang } from '../types.js';
import { discoverBids } from './bids.js';
import { bidContext, evaluateBid } from './evaluate-bid.js';
import { EvidenceSearch } from './evidence.js';
import { maskResult } from './mask.js';
import { readBid } from './read-bid.js';
import { computeScores } from './scores.js';
import type { ScoreSheet } from './scores-read.js';
import type { EvaluationResult, Tender } from './types.js';
import type { EvaluateVocabulary } from './vocabulary.js';

export type * from './types.js';
export { STATUSES } from './types.js';
export {
  loadVocabulary,
  compileVocabulary,
  BUILTIN_EVALUATE_VOCABULARY,
  type EvaluateVocabulary,
} from './vocabulary.js';
export { tenderFromJson } from './tender-json.js';
export { tenderFromDocx, tenderFromSelection, type TenderSelection } from './tender.js';
export { readScores, type ScoreSheet } from './scores-read.js';
export { exitCodeOf, summaryOf, type EvaluationSummary } from './summary.js';

export interface EvaluateOptions {
  tender: Tender;
  /** Bids folders (one folder per tenderer inside) or single-file bids. */
  bids: readonly string[];
  lang: Lang;
  vocabulary: EvaluateVocabulary;
  /** The reading vocabulary (rules/reading.yaml): who a sentence binds. */
  reading: ReadingSpec;
  /** The rule packs: each rule's evidence, to find answers by topic in bids that name no requirement. */
  catalogue?: Catalogue;
  scores?: ScoreSheet;
  priceWeight?: number;
  /** Leave out the confidentiality line (after the award decision). */
  public?: boolean;
  maskNames?: boolean;
  limits?: ReadOptions;
}

/**
 * Evaluates every bid. @throws UserError for a bids path that does not exist or a scores file that
 * does not fit the bids
 */
export async function evaluate(opts: EvaluateOptions): Promise<EvaluationResult> {
  const { tenderers: inputs, problems } = discoverBids(opts.bids, opts.lang);
  const session = new MatchSession(opts.reading);
  const ctx = bidContext(opts.tender, opts.lang, session, opts.vocabulary, new EvidenceSearch(session, opts.catalogue));
  const tenderers = [];
  for (const input of inputs) {
    const bid = await readBid(input.files, opts.lang, opts.limits);
    tenderers.push(evaluateBid(input.id, bid, ctx, input.problems));
  }
  const scores = opts.scores ? computeScores(opts.scores, opts.tender, tenderers, opts.lang, opts.priceWeight) : null;
  const result: EvaluationResult = {
    version: 1,
    lang: opts.lang,
    confidential: !opts.public,
    masked: false,
    tender: opts.tender,
    tenderers,
    problems,
    scores,
  };
  return opts.maskNames ? maskResult(result) : result;
}
