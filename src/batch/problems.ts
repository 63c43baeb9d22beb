// Manifest problems as lines: `plan.yaml:14:7: message` or `plan.csv:9: column level: message`.
import { oneLine, UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang } from '../types.js';
import { MANIFEST } from './messages.js';
import type { ManifestPlace, ManifestProblem } from './types.js';

/** `file:line:col`, `file:line: column NAME` or `file:line`. */
export function placeText(place: ManifestPlace, lang: Lang): string {
  if (place.column !== undefined)
    return `${place.file}:${place.line}: ${fmt(lang, MANIFEST.column, { name: place.column })}`;
  if (place.col !== undefined) return `${place.file}:${place.line}:${place.col}`;
  return `${place.file}:${place.line}`;
}

/** One problem as one line (without the `jamkrav: ` prefix). */
export function problemLine(p: ManifestProblem, lang: Lang): string {
  return oneLine(`${placeText(p, lang)}: ${p.message}`);
}

/** Problems are reported in file order, each once. */
export function sortProblems(problems: ManifestProblem[]): ManifestProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => a.line - b.line || (a.col ?? 0) - (b.col ?? 0))
    .filter((p) => {
      const key = problemLine(p, 'en');
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

/**
 * The manifest cannot be used (exit 2). `problems` holds every problem found, so the CLI can
 * print them all; as a plain UserError it shows the first and how many more there are.
 */
export class ManifestError extends UserError {
  constructor(
    readonly problems: ManifestProblem[],
    private readonly lang: Lang,
  ) {
    const first = problems[0]!;
    super(first.file, first.message, first.col !== undefined ? { line: first.line, col: first.col } : undefined);
  }

  override toLine(): string {
    const more = this.problems.length - 1;
    return problemLine(this.problems[0]!, this.lang) + (more > 0 ? fmt(this.lang, MANIFEST.more, { n: more }) : '');
  }

  override toLines(): string[] {
    return this.problems.map((p) => problemLine(p, this.lang));
  }
}
