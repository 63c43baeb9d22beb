// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import { createHash } from 'node:crypto';
import type { FindingLocation, FindingKind, Lang, QualityRule, Rule, Severity } from '../types.js';
import { describeLocation } from './location.js';
import type { FormatContext, Formatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const W = {
  sv: {
    basis: 'Rättslig grund',
    clause: 'Kravtext (nivå base)',
    suppressed: 'Undantag',
    whole: 'hela dokumentet',
    source: 'Källa',
  },
  en: {
    basis: 'Legal basis',
    clause: 'Clause (base level)',
    suppressed: 'Suppressed',
    whole: 'the whole document',
    source: 'Source',
  },
} as const;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF URIs are URI references: encode spaces and non-ASCII letters (å, ä, ö). */
const toUri = (path: string) => encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));

/** A stable id per result, so code scanning follows an alert across runs without reading the file. */
const fingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
import { firstClause } from '../packs/clause.js';

/** The language of the messages, as SARIF's `language` (an RFC 5646 tag) names it. */
const SARIF_LANGUAGE: Readonly<Record<Lang, string>> = { sv: 'sv-SE', en: 'en-US' };

function ruleDescriptor(rule: Rule, lang: Lang) {
  const w = W[lang];
  const clause = firstClause(rule).clause.text[lang];
  const help = `${rule.rationale[lang]}\n\n${w.basis}: ${rule.basis.join('; ')}\n\n${w.clause}:\n${clause}`;
  const helpMarkdown =
    `${rule.rationale[lang]}\n\n**${w.basis}:** ${rule.basis.join('; ')}\n\n**${w.clause}` +
    `:**\n\n> ${clause.split('\n').join('\n> ')}`;
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.rationale[lang] },
    help: { text: help, markdown: helpMarkdown },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['gender-equality', rule.pack, rule.stage], basis: rule.basis },
  };
}

/** A language pack's word or a weak check: its help says why and what to write; a word links its source. */
function qualityDescriptor(rule: QualityRule, lang: Lang) {
  const src = rule.source;
  const markdown = src ? `${rule.help[lang]}\n\n**${W[lang].source}:** [${src.title}](${src.url})` : rule.help[lang];
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title[lang] },
    fullDescription: { text: rule.help[lang] },
    help: { text: rule.help[lang], markdown },
    ...(src ? { helpUri: src.url } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['gender-equality', rule.kind === 'language' ? 'language' : 'weak-requirement', rule.pack] },
  };
}

/** Kinds of which a file may hold many findings of one rule: each gets its own fingerprint. */
const REPEATED = new Set<FindingKind>(['language', 'weak']);

/**
 * Every result has a physical location, as code scanning requires a file and a start line.
 * Documents without lines (DOCX, ODT, PDF) point at line 1 and say which paragraph or page in
 * the location's message.
 */
function location(path: string, loc: FindingLocation | undefined, lang: Lang) {
  const described = describeLocation(loc, lang);
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(path), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: loc?.line ?? 1,
        ...(loc?.line !== undefined && loc.column !== undefined ? { startColumn: loc.column } : {}),
      },
    },
    message: { text: described || W[lang].whole },
  };
}

/** One SARIF log with one run: rules with help text, results, suppressions, file errors. */
export const sarif: Formatter = (result, ctx: FormatContext) => {
  const { lang } = ctx;
  const known = [...ctx.rules];
  const quality = ctx.qualityRules ?? [];
  // Requirement rules first, then writing-quality rules: one ruleIndex space over both.
  const index = new Map([...known.map((r) => r.id), ...quality.map((r) => r.id)].map((id, i) => [id, i]));
  const results: object[] = [];
  const notifications: object[] = [];
  for (const file of result.files) {
    if (file.error !== null) {
      notifications.push({
        level: 'error',
        message: { text: file.error },
        locations: [location(file.path, undefined, lang)],
      });
      continue;
    }
    // The n-th finding of a rule in the file: stable while words elsewhere come and go.
    const seen = new Map<string, number>();
    for (const f of file.findings) {
      const i = index.get(f.ruleId);
      const n = (seen.get(f.ruleId) ?? 0) + 1;
      seen.set(f.ruleId, n);
      const print = REPEATED.has(f.kind)
        ? fingerprint(file.path, f.ruleId, f.kind, String(n))
        : fingerprint(file.path, f.ruleId, f.kind);
      results.push({
        ruleId: f.ruleId,
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message}\n\n${f.suggestion}` : f.message },
        locations: [location(file.path, f.location, lang)],
        partialFingerprints: { 'jamkrav/v1': print },
        properties: { kind: f.kind },
      });
    }
    for (const c of file.coverage) {
      if (c.status !== 'suppressed') continue;
      const i = index.get(c.ruleId);
      const rule = i !== undefined ? known[i] : undefined;
      results.push({
        ruleId: c.ruleId,
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: LEVEL[rule?.severity ?? 'warning'],
        message: { text: `${W[lang].suppressed}: ${rule ? rule.title[lang] : c.ruleId}` },
        locations: [location(file.path, c.location, lang)],
        partialFingerprints: { 'jamkrav/v1': fingerprint(file.path, c.ruleId, 'missing') },
        // A comment in the document is "inSource"; a config entry is "external".
        suppressions: [{ kind: c.location ? 'inSource' : 'external', justification: c.reason ?? '' }],
      });
    }
  }
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jamkrav',
            version: ctx.version,
            semanticVersion: ctx.version,
            language: SARIF_LANGUAGE[lang],
            rules: [...known.map((r) => ruleDescriptor(r, lang)), ...quality.map((r) => qualityDescriptor(r, lang))],
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
