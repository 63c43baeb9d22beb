// The writing-quality part of linting one document: `weak` findings on the requirements it asks
// for and `language` findings from the language packs, with config and suppressions applied.
import {
  languageFindings,
  weakFindings,
  type CoveredRule,
  type LanguageChecks,
  type WeakChecks,
} from '../quality/index.js';
import type { WordTest } from '../match/index.js';
import type { Coverage, Document, Finding, Lang, Severity } from '../types.js';
import { suppressionFinding, type Suppression } from './suppressions.js';

export interface QualityInput {
  /** The requirement rules the document asks for, where, and the text that matched. */
  covered: readonly CoveredRule[];
  /** The run's language packs; none, no `language` findings. */
  language: LanguageChecks | null;
  /** Language of messages. */
  lang: Lang;
  severity: Readonly<Record<string, 'off' | Severity>>;
  /** `--rule` / `--exclude`. */
  isReported: (ruleId: string) => boolean;
  /** The weak checks, when any is on and reported: else null, and they are not run at all. */
  weak: WeakChecks | null;
  suppressions: ReadonlyMap<string, Suppression>;
  /** The ids of the writing-quality rules, for unused suppressions of them. */
  qualityIds: ReadonlySet<string>;
  source?: string;
  /** Which blocks may hold a word passing a test (see `Matcher.blocksWithWord`): the others are not scanned. */
  blocksWithWord?: (test: WordTest) => Uint8Array | null;
}

/** Where a finding stands, for sorting: block, then the word's offset in it. */
const order = (f: Finding) => [f.location?.block ?? Infinity, f.location?.range?.start ?? -1] as const;

/**
 * The document's `weak` and `language` findings, in document order. A rule that is `off`, left
 * out by `--rule`/`--exclude` or suppressed gives none; a suppression written in the document for
 * such a rule that found nothing to silence is reported as unused, as for requirement rules.
 */
export function qualityFindings(doc: Document, input: QualityInput): { findings: Finding[]; suppressed: Coverage[] } {
  const { severity, isReported } = input;
  const enabled = (id: string) => isReported(id) && severity[id] !== 'off';
  const found = [
    ...(input.weak
      ? weakFindings(doc, input.covered, input.weak, input.lang, { severity: { ...severity } }).filter((f) =>
          isReported(f.ruleId),
        )
      : []),
    ...(input.language === null
      ? []
      : languageFindings(doc, input.language, input.lang, {
          severity: { ...severity },
          isEnabled: enabled,
          ...(input.source !== undefined ? { source: input.source } : {}),
          ...(input.blocksWithWord ? { blocksWithWord: input.blocksWithWord } : {}),
        })),
  ];
  const silenced = new Set<string>();
  const kept = found.filter((f) => {
    if (!input.suppressions.has(f.ruleId)) return true;
    silenced.add(f.ruleId);
    return false;
  });
  kept.sort((a, b) => {
    const [ab, ar] = order(a);
    const [bb, br] = order(b);
    return ab - bb || ar - br;
  });
  const unused: Finding[] = [];
  for (const [id, s] of input.suppressions) {
    if (s.inline && input.qualityIds.has(id) && enabled(id) && !silenced.has(id))
      unused.push(suppressionFinding(id, 'unusedSuppression', input.lang, s.loc));
  }
  // A suppression that silenced something is reported like a requirement rule's: with its reason.
  const suppressed: Coverage[] = [];
  for (const id of silenced) {
    const s = input.suppressions.get(id)!;
    suppressed.push({
      ruleId: id,
      status: 'suppressed',
      reason: s.reason,
      ...(s.loc ? { location: { ...s.loc } } : {}),
    });
  }
  return { findings: [...unused, ...kept], suppressed };
}
