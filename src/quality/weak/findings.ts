// `weak` findings: requirements that are present but asked in a way that will not hold up. The
// checks, their words and texts come from a weak pack (rules/weak.yaml); this runs them.
import { fmt } from '../../i18n.js';
import type { Block, Document, Lang, Rule, Severity } from '../../types.js';
import type { QualityFinding } from '../types.js';
import type { CompiledCheck, WeakChecks } from './compile.js';
import { termFinder, type TermFinder } from './context.js';
import type { Has } from './kinds.js';

/** A rule the document asks for, where, and the unit of text that matched. */
export interface CoveredRule {
  rule: Rule;
  block: Block;
  unit: string;
}

export interface WeakOptions {
  /** Severity per check id from the config (`weak.wish: off`, `weak.corporate-policy: warning`). */
  severity?: Record<string, 'off' | Severity>;
}

/** Longest stretch of the unit a message quotes. */
const MAX_QUOTE = 200;

function quote(unit: string): string {
  const clean = unit.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_QUOTE ? `${clean.slice(0, MAX_QUOTE - 1)}…` : clean;
}

interface Hit {
  check: CompiledCheck;
  at: number;
  unit: string;
  term: string;
  rules: Rule[];
}

function severityOf(check: CompiledCheck, opts: WeakOptions): Severity | null {
  const setting = opts.severity?.[check.spec.id];
  if (setting === 'off') return null;
  return setting ?? check.spec.severity;
}

/** `has` for one check: its lists by name, the document's term finder. */
function hasFor(check: CompiledCheck, find: TermFinder): Has {
  return (texts, list) => {
    const terms = check.terms.get(list);
    return terms ? find(texts, terms) : null;
  };
}

/** The suggestion: the unit with the word rewritten where the pack says how, else the pack's text. */
function suggestionOf(hit: Hit, lang: Lang): string {
  const rewrites = hit.check.spec.rewrites;
  const rewrite = rewrites && Object.hasOwn(rewrites, hit.term) ? rewrites[hit.term] : undefined;
  if (rewrite !== undefined) return hit.unit.replace(new RegExp(`(?<![\\p{L}])${hit.term}(?![\\p{L}])`, 'iu'), rewrite);
  return fmt(lang, hit.check.spec.suggestion, { term: hit.term });
}

function finding(doc: Document, hit: Hit, lang: Lang, severity: Severity): QualityFinding {
  const titles = hit.rules.map((r) => `${r.title[lang]} [${r.id}]`).join('; ');
  const block = doc.blocks[hit.at];
  const heading = block?.headingPath[block.headingPath.length - 1];
  return {
    ruleId: hit.check.spec.id,
    kind: 'weak',
    severity,
    message: fmt(lang, hit.check.spec.message, { titles, term: hit.term, unit: quote(hit.unit) }),
    ...(block ? { location: heading === undefined ? { ...block.loc } : { ...block.loc, heading } } : {}),
    suggestion: suggestionOf(hit, lang),
  };
}

/** The block index of a covered rule's block (by identity, else by its block number). */
function indexOf(doc: Document, block: Block): number {
  const at = doc.blocks.indexOf(block);
  return at >= 0 ? at : Math.max(0, Math.min(doc.blocks.length - 1, block.loc.block - 1));
}

/**
 * The `weak` findings of one document, given the rules it asks for (as the evidence matcher
 * found them) and the compiled checks of a weak pack. Findings of the same check on the same
 * unit are merged, naming every rule. `lang` is the language of messages; the word lists of both
 * languages are always used.
 */
export function weakFindings(
  doc: Document,
  covered: readonly CoveredRule[],
  weak: WeakChecks,
  lang: Lang,
  opts: WeakOptions = {},
): QualityFinding[] {
  const find = termFinder();
  const checks = weak.checks.map((check) => ({ check, has: hasFor(check, find) }));
  const hits = new Map<string, Hit>();
  for (const { rule, block, unit } of covered) {
    if (rule.scope !== 'supplier') continue;
    const at = indexOf(doc, block);
    for (const { check, has } of checks) {
      if (check.kind.scope !== 'unit') continue;
      const term = check.kind.find({ blocks: doc.blocks, at, unit, rule, has });
      if (term === null) continue;
      const key = `${check.spec.id}|${at}|${unit}`;
      const hit = hits.get(key);
      if (!hit) hits.set(key, { check, at, unit, term, rules: [rule] });
      else if (!hit.rules.includes(rule)) hit.rules.push(rule);
    }
  }
  const out: QualityFinding[] = [];
  for (const hit of hits.values()) {
    const severity = severityOf(hit.check, opts);
    if (severity) out.push(finding(doc, hit, lang, severity));
  }
  // Document checks: once per document that asks for a requirement, with no location.
  const asked = [...new Set(covered.filter((c) => c.rule.scope === 'supplier').map((c) => c.rule))];
  for (const { check, has } of checks) {
    if (check.kind.scope !== 'document' || asked.length === 0) continue;
    const severity = severityOf(check, opts);
    if (!severity || !check.kind.find(doc.blocks, has)) continue;
    const titles = asked.map((r) => r.title[lang]).join('; ');
    out.push({
      ruleId: check.spec.id,
      kind: 'weak',
      severity,
      message: fmt(lang, check.spec.message, { titles }),
      suggestion: fmt(lang, check.spec.suggestion),
    });
  }
  return out.sort((a, b) => (a.location?.block ?? Infinity) - (b.location?.block ?? Infinity));
}
