// Prints a scored corpus (bench/eval/score.mjs) as terminal text and as Markdown for
// bench/out/eval.md and the README. Pure: returns strings.
import { summaryLine, THRESHOLDS } from './score.mjs';

const f3 = (x) => (Math.round(x * 1000) / 1000).toFixed(3);
const ratio = (x, n, d) => (d ? `${f3(x)} (${n}/${d})` : '–');

function ruleRows(result) {
  return result.perRule.map((r) => [
    r.rule,
    r.positives,
    r.negatives,
    ratio(r.coveredRecall, r.coveredFound, r.positives),
    r.missed,
    r.falseGaps,
    r.errors,
  ]);
}
const RULE_HEAD = ['rule', 'positives', 'negatives', 'covered recall', 'missed gaps', 'false gaps', 'errors'];

function groupRows(groups, key) {
  return groups.map((g) => [
    g[key],
    g.docs,
    g.pairs,
    f3(g.accuracy),
    ratio(g.recallMissing, g.caught, g.negatives),
    ratio(g.precisionMissing, g.caught, g.reported),
    ratio(g.coveredRecall, g.coveredFound, g.positives),
  ]);
}
const GROUP_HEAD = (key) => [key, 'docs', 'pairs', 'accuracy', 'recall missing', 'precision missing', 'covered recall'];

function textTable(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ')}`;
  return [line(all[0]), ...all.slice(1).map(line)].join('\n');
}

/** `textColumns` leading columns are left-aligned text; the rest are right-aligned figures. */
function mdTable(head, rows, textColumns = 1) {
  const esc = (c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i < textColumns ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function verdict(result) {
  const t = THRESHOLDS;
  return result.pass
    ? `PASS (accuracy, recall and precision of missing >= ${t.accuracy}, covered recall >= ${t.coveredRecall})`
    : `FAIL (targets: accuracy, recall and precision of missing >= ${t.accuracy}, covered recall >= ` +
        `${t.coveredRecall})`;
}

/** Terminal text for one corpus: figures, the three tables, documents not linted, every wrong pair. */
function readerLine(changes) {
  const right = changes.filter((c) => c.built === (c.truth === 'covered' ? 'covered' : 'missing')).length;
  return (
    `read from their md/txt sources instead of the built files, ${changes.length} pair(s) change (built right in ` +
    `${right}, source right in ${changes.length - right})`
  );
}

export function formatText(name, result, { notes = [], readerChanges = null } = {}) {
  const o = result.overall;
  const out = [`== ${name}: ${o.docs} documents, ${o.pairs} pairs (${o.positives} covered, ${o.negatives} real gaps)`];
  for (const n of notes) out.push(`note: ${n}`);
  for (const w of result.warnings) out.push(`warning: ${w}`);
  if (result.ignoredRules.length)
    out.push(`ignored findings for rules that are not lintable: ${result.ignoredRules.join(', ')}`);
  out.push('', 'per rule:', textTable(RULE_HEAD, ruleRows(result)));
  out.push('', 'per format:', textTable(GROUP_HEAD('format'), groupRows(result.perFormat, 'format')));
  if (readerChanges) {
    out.push(`  ${readerLine(readerChanges)}`);
    for (const c of readerChanges)
      out.push(`    ${c.id}  ${c.rule}  ${c.format}: built=${c.built} source=${c.source} truth=${c.truth}`);
  }
  out.push('', 'per language:', textTable(GROUP_HEAD('lang'), groupRows(result.perLang, 'lang')));
  const failed = result.perDoc.filter((d) => d.fail);
  if (failed.length) {
    out.push('', `documents not linted (${failed.length}, every pair counted wrong):`);
    for (const d of failed) out.push(`  ${d.id}  ${d.fail}${d.detail ? `: ${d.detail}` : ''}`);
  }
  out.push('', `wrong pairs (${result.wrong.length}):`);
  for (const w of result.wrong) {
    out.push(
      `  ${w.id}  ${w.rule}  expected=${w.expected} ` +
        `got=${w.got}${w.at ? ` [lint: ${w.at}]` : ''}${w.note ? `  # ${w.note}` : ''}`,
    );
  }
  out.push('', `${name}: ${verdict(result)}`, `${name}: ${summaryLine(o)}`);
  return out.join('\n');
}

/** Markdown for one corpus, in the shape the README section uses. */
export function formatMarkdown(name, result, { notes = [], readerChanges = null } = {}) {
  const o = result.overall;
  const out = [`## ${name}`, ''];
  out.push(
    `${o.docs} documents, ${o.pairs} (document, rule) pairs: ${o.positives} requirements really asked for, ` +
      `${o.negatives} real gaps. ${verdict(result)}.`,
    '',
  );
  for (const n of notes) out.push(`Note: ${n}`, '');
  out.push(
    mdTable(
      ['accuracy', 'recall of missing', 'precision of missing', 'covered recall'],
      [
        [
          f3(o.accuracy),
          ratio(o.recallMissing, o.caught, o.negatives),
          ratio(o.precisionMissing, o.caught, o.reported),
          ratio(o.coveredRecall, o.coveredFound, o.positives),
        ],
      ],
    ),
    '',
  );
  out.push(
    '### Per rule',
    '',
    'Covered recall: of the documents that really ask for the rule, the share lint recognises. Missed gaps: lint ' +
      'says covered, the rule is missing. False gaps: lint says missing, the tender asks for it.',
    '',
  );
  out.push(mdTable(RULE_HEAD, ruleRows(result)), '');
  out.push('### Per format', '', mdTable(GROUP_HEAD('format'), groupRows(result.perFormat, 'format')), '');
  if (readerChanges) {
    out.push(
      `Reader check: the same documents ${readerLine(readerChanges)}. The rest of the differences between formats ` +
        `come from which documents each format holds.`,
      '',
    );
    if (readerChanges.length)
      out.push(
        mdTable(
          ['document', 'rule', 'format', 'built', 'source', 'truth'],
          readerChanges.map((c) => [c.id, c.rule, c.format, c.built, c.source, c.truth]),
          6,
        ),
        '',
      );
  }
  out.push('### Per language', '', mdTable(GROUP_HEAD('lang'), groupRows(result.perLang, 'lang')), '');
  out.push(`### Wrong pairs (${result.wrong.length})`, '');
  if (result.wrong.length) {
    out.push(
      mdTable(
        ['document', 'rule', 'expected', 'got', 'lint saw it at', 'label note'],
        result.wrong.map((w) => [w.id, w.rule, w.expected, w.got, w.at, w.note]),
        6,
      ),
      '',
    );
  }
  return out.join('\n');
}
