// `--fix`: the replacements of language findings planned on a Markdown or text source. Pure; the
// file is written by fix-file.ts.
import { LanguageChecks } from './language-checks.js';
import { maskSource } from './mask.js';
import { lineColumn, lineStarts } from './position.js';
import { scanText } from './scan.js';
import type { FixEdit, LanguagePack } from './types.js';

export interface PlanFixesOptions {
  /** Rules for which this returns false are not fixed (config `off`, suppressions in the file). */
  isEnabled?: (ruleId: string) => boolean;
}

export interface FixPlan {
  /** The source with every edit applied; equal to the source when there is none. */
  fixed: string;
  /** The edits, in source order, none overlapping. */
  edits: FixEdit[];
}

/** Paragraphs of a masked source: runs of lines between blank lines, as [start, end) offsets. */
function paragraphs(view: string): [number, number][] {
  const out: [number, number][] = [];
  const blank = /\n[ \t\u0000\r]*(?=\n)/g;
  let start = 0;
  for (const m of view.matchAll(blank)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, view.length]);
  return out.filter(([a, b]) => b > a);
}

/**
 * Plans the replacements `--fix` makes: only rules that allow a fix and only forms with an exact
 * replacement, in the writer's case; nothing inside code, comments, front matter, URLs or link
 * destinations is touched. Everything outside the edited words stays byte for byte the same.
 */
export function planFixes(
  source: string,
  format: 'markdown' | 'text',
  packs: readonly LanguagePack[],
  opts: PlanFixesOptions = {},
): FixPlan {
  const checks = new LanguageChecks(packs);
  const view = maskSource(source, format);
  const starts = lineStarts(source);
  const edits: FixEdit[] = [];
  for (const [from, to] of paragraphs(view)) {
    const text = view.slice(from, to);
    for (const m of scanText(text, checks, {
      fixableOnly: true,
      ...(opts.isEnabled ? { isEnabled: opts.isEnabled } : {}),
    })) {
      if (m.replacement === null || m.replacement === m.text) continue;
      const offset = from + m.start;
      edits.push({ ...lineColumn(starts, offset), offset, from: m.text, to: m.replacement, ruleId: m.rule.id });
    }
  }
  let fixed = '';
  let at = 0;
  for (const e of edits) {
    fixed += source.slice(at, e.offset) + e.to;
    at = e.offset + e.from.length;
  }
  fixed += source.slice(at);
  return { fixed, edits };
}
