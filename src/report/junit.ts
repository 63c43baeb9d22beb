// `--format junit`: one test suite per file and one test case per file × requirement rule, plus
// one failing case per writing-quality rule with findings in the file, for CI dashboards.
import type { FileResult } from '../lint/types.js';
import type { Lang } from '../types.js';
import { describeLocation } from './location.js';
import type { Formatter } from './types.js';

const W = {
  sv: {
    suppressed: 'undantag',
    off: 'kontrolleras inte för filen',
    unreadable: 'kunde inte läsas',
    suggestion: 'Förslag',
    location: 'Plats',
  },
  en: {
    suppressed: 'suppressed',
    off: 'not checked for this file',
    unreadable: 'could not be read',
    suggestion: 'Suggestion',
    location: 'Location',
  },
} as const;

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);

/** Escapes an attribute value (also newlines, so they survive attribute normalisation). */
export const escapeAttr = (s: string) =>
  s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');

/** Wraps text in CDATA; a `]]>` inside is split across two sections. */
export const cdata = (s: string) => `<![CDATA[${s.replace(INVALID_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

interface Case {
  name: string;
  body: string;
  failures: number;
  errors: number;
  skipped: number;
}

function casesFor(file: FileResult, ruleIds: readonly string[], lang: Lang): Case[] {
  const w = W[lang];
  if (file.error !== null) {
    return [
      {
        name: 'jamkrav',
        body: `<error message="${escapeAttr(`${w.unreadable}: ${file.error}`)}" type="unreadable"/>`,
        failures: 0,
        errors: 1,
        skipped: 0,
      },
    ];
  }
  // Requirement rules in the order of the catalogue, each a case whatever its outcome; then ids
  // only findings or suppressions name (a word of a language pack, a weak check, a suppression
  // of an unknown rule): a failing case holding one <failure> per finding, or a skipped case with
  // the suppression's reason, so every finding and suppression lands in some test case and a
  // clean file does not list every word it does not use.
  const named = [
    ...file.findings.map((f) => f.ruleId),
    ...file.coverage.filter((c) => c.status === 'suppressed').map((c) => c.ruleId),
  ];
  const ids = [...ruleIds, ...named.filter((id) => !ruleIds.includes(id))];
  return [...new Set(ids)].map((id) => {
    const findings = file.findings.filter((f) => f.ruleId === id);
    const cover = file.coverage.find((c) => c.ruleId === id);
    if (findings.length > 0) {
      const body = findings
        .map((f) => {
          const where = describeLocation(f.location, lang);
          const text = [
            f.message,
            where && `${w.location}: ${where}`,
            f.suggestion && `${w.suggestion}:\n${f.suggestion}`,
          ]
            .filter(Boolean)
            .join('\n\n');
          return `<failure message="${escapeAttr(f.message)}" type="${f.severity}">${cdata(text)}</failure>`;
        })
        .join('');
      return { name: id, body, failures: 1, errors: 0, skipped: 0 };
    }
    if (cover?.status === 'suppressed') {
      return {
        name: id,
        body: `<skipped message="${escapeAttr(`${w.suppressed}: ${cover.reason ?? ''}`)}"/>`,
        failures: 0,
        errors: 0,
        skipped: 1,
      };
    }
    if (!cover)
      return { name: id, body: `<skipped message="${escapeAttr(w.off)}"/>`, failures: 0, errors: 0, skipped: 1 };
    return { name: id, body: '', failures: 0, errors: 0, skipped: 0 };
  });
}

const sum = (cases: readonly Case[], key: 'failures' | 'errors' | 'skipped') => cases.reduce((n, c) => n + c[key], 0);

/** A JUnit XML report; no timestamps or durations, so the same run gives the same bytes. */
export const junit: Formatter = (result, ctx) => {
  const ids = ctx.rules.map((r) => r.id);
  const suites = result.files.map((file) => ({ file, cases: casesFor(file, ids, ctx.lang) }));
  const all = suites.flatMap((s) => s.cases);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="jamkrav" tests="${all.length}" failures="${sum(all, 'failures')}" errors="` +
      `${sum(all, 'errors')}" skipped="${sum(all, 'skipped')}">`,
  ];
  for (const { file, cases } of suites) {
    const name = escapeAttr(file.path);
    out.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${sum(cases, 'failures')}" errors="` +
        `${sum(cases, 'errors')}" skipped="${sum(cases, 'skipped')}">`,
    );
    for (const c of cases) {
      const open = `    <testcase classname="${name}" name="${escapeAttr(c.name)}"`;
      out.push(c.body ? `${open}>${c.body}</testcase>` : `${open}/>`);
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
