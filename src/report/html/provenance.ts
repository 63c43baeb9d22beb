// The lines under the title that say how the report was made: when, over what, with what.
import { esc } from './escape.js';
import type { HtmlLabels } from './labels.js';
import type { RunInfo } from '../types.js';

/** `2026-12-06T01:25:00Z` as `2026-12-06 01:25 UTC`: read by people, same in both languages. */
const readable = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** The provenance list, or nothing when the caller gave no run (a library user, a test). */
export function provenance(run: RunInfo | undefined, w: HtmlLabels): string {
  if (!run) return '';
  const paths = run.paths.length === 0 ? esc(w.cwd) : run.paths.map((p) => `<code>${esc(p)}</code>`).join(', ');
  const packs = run.packs
    .map(
      (p) => `<code>${esc(p.id)}</code> ${esc(p.version)}${p.kind === 'language' ? ` (${esc(w.languagePack)})` : ''}`,
    )
    .join(', ');
  const config = run.config === null ? esc(w.noConfig) : `<code>${esc(run.config)}</code>`;
  return (
    `<dl class="prov">` +
    `<div><dt>${esc(w.madeAt)}</dt><dd><time datetime="${esc(run.madeAt)}">${esc(readable(run.madeAt))}</time></dd>` +
    `</div>` +
    `<div><dt>${esc(w.paths)}</dt><dd>${paths}</dd></div>` +
    `<div><dt>${esc(w.packs)}</dt><dd>${packs || '–'}</dd></div>` +
    `<div><dt>${esc(w.config)}</dt><dd>${config}</dd></div>` +
    `</dl>`
  );
}
