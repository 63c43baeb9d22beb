// `npm run bench` part `followup`: 500 contracts with three to four years of reports each
// (filled forms, a seventh as CSV), checked by the built CLI; and the same contracts' free
// reports (DOCX, PDF, Markdown, text) for the slower path. Wall time and peak memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFollowupSet, EVAL_DATE } from '../eval/followup/build.mjs';
import { measureCli, mdTable } from './lib.mjs';

export async function benchFollowup() {
  const dir = mkdtempSync(join(tmpdir(), 'jamkrav-bench-followup-'));
  try {
    const labels = await buildFollowupSet(dir, { contracts: 500 });
    const reports = labels.contracts
      .flatMap((c) => c.periods)
      .filter((p) => p.status === 'in' || p.status === 'late').length;
    const rows = [];
    for (const [what, args] of [
      ['check, forms (DOCX + CSV)', ['followup', 'check', join(dir, 'forms'), '--format', 'json']],
      ['check, free documents', ['followup', 'check', join(dir, 'free'), '--format', 'json']],
      ['plan, .ics', ['followup', 'plan', '--format', 'ics']],
      ['portfolio, HTML', ['followup', 'portfolio', join(dir, 'forms'), '--format', 'html']],
    ]) {
      const r = measureCli([...args, '-r', join(dir, 'avtal.yaml'), '--date', EVAL_DATE]);
      rows.push([what, `${(r.wallMs / 1000).toFixed(2)} s`, `${Math.round(r.maxRssMB)} MB`]);
    }
    return (
      `500 contracts, ${reports} reports in each folder, --date ` +
      `${EVAL_DATE}.\n\n${mdTable(['command', 'wall time', 'peak memory'], rows)}`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
