// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import { createHash } from 'node:crypto';
import type { BlockLoc, Lang, Rule, Severity } from '../types.js';
import { describeLocation } from './location.js';
import type { FormatContext, Formatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const W = {
  sv: { basis: 'Rättslig grund', clause: 'Kravtext (nivå base)', suppressed: 'Undantag', whole: 'hela dokumentet' },
  en: { basis: 'Legal basis', clause: 'Clause (base level)', suppressed: 'Suppressed', whole: 'the whole document' },
} as const;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF URIs are URI references: encode spaces and non-ASCII letters (å, ä, ö). */
const toUri = (path: string) => encodeURI(path).replace(/[?#]/g, (c) => encodeURIComponent(c));

/** A stable id per result, so code scanning follows an alert across runs without reading the file. */
const fingerprint = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);

function ruleDescriptor(rule: Rule, lang: Lang) {
  const w = W[lang];
  const clause = rule.levels.base.text[lang];
  const help = `${rule.rationale[lang]}\n\n${w.basis}: ${rule.basis.join('; ')}\n\n${w.clause}:\n${clause}`;
  const helpMarkdown = `${rule.rationale[lang]}\n\n**${w.basis}:** ${rule.basis.join('; ')}\n\n**${w.clause}:**\n\n> ${clause.split('\n').join('\n> ')}`;
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

/**
 * Every result has a physical location, as code scanning requires a file and a start line.
 * Documents without lines (DOCX, ODT, PDF) point at line 1 and say which paragraph or page in
 * the location's message.
 */
function location(path: string, loc: (BlockLoc & { heading?: string }) | undefined, lang: Lang) {
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
  const index = new Map(known.map((r, i) => [r.id, i]));
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
    for (const f of file.findings) {
      const i = index.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message}\n\n${f.suggestion}` : f.message },
        locations: [location(file.path, f.location, lang)],
        partialFingerprints: { 'jamkrav/v1': fingerprint(file.path, f.ruleId, f.kind) },
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
            language: lang === 'sv' ? 'sv-SE' : 'en-US',
            rules: known.map((r) => ruleDescriptor(r, lang)),
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
