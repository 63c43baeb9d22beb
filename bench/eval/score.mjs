// Scores a `jamkrav lint --format json` report against a labels file (schema
// jamkrav-eval-labels/1), pair by pair, exactly as ../shared/corpus/tenders/score.mjs does, so the
// figures of `npm run eval` and of the shared scorer are the same numbers. Pure: no printing, no
// file reads except loadLabels.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const SCHEMA = 'jamkrav-eval-labels/1';

/** The targets of the issue; the shared scorer compares unrounded values with >=. */
export const THRESHOLDS = Object.freeze({
  accuracy: 0.95,
  recallMissing: 0.95,
  precisionMissing: 0.95,
  coveredRecall: 0.9,
});

/** Raised for a labels file we cannot use; the CLI prints its message as one line and exits 2. */
export class LabelsError extends Error {}

// Statuses the shared scorer reads as "the file was not linted".
const ERROR_STATUSES = new Set(['error', 'failed', 'failure', 'skipped', 'unsupported', 'unreadable']);

/**
 * Parses and checks a labels file. Stricter than the shared scorer's YAML subset about meaning
 * (schema name, duplicate covered rules, excluded rules that are also lintable), because a
 * silently wrong label would move every figure; lenient about `format`, which only groups pairs.
 */
export function parseLabels(text, name = 'labels.yaml') {
  let y;
  try {
    y = parse(text.replace(/^\uFEFF/, ''), { uniqueKeys: true });
  } catch (e) {
    throw new LabelsError(`${name}: not valid YAML: ${String(e.message).split('\n')[0].replace(/:$/, '')}`);
  }
  if (!y || typeof y !== 'object' || Array.isArray(y)) throw new LabelsError(`${name}: empty or not a mapping`);
  if (y.schema !== undefined && y.schema !== SCHEMA)
    throw new LabelsError(`${name}: schema is ${JSON.stringify(y.schema)}, expected ${SCHEMA}`);
  const rules = y.lintable_rules;
  if (!Array.isArray(rules) || rules.length === 0 || !rules.every((r) => typeof r === 'string')) {
    throw new LabelsError(`${name}: lintable_rules must be a non-empty list of rule ids`);
  }
  if (new Set(rules).size !== rules.length) throw new LabelsError(`${name}: lintable_rules lists a rule twice`);
  const excluded = y.excluded_rules == null ? [] : y.excluded_rules;
  if (!Array.isArray(excluded)) throw new LabelsError(`${name}: excluded_rules must be a list`);
  for (const r of excluded) if (rules.includes(r)) throw new LabelsError(`${name}: ${r} is both lintable and excluded`);
  const docs = y.documents;
  if (!docs || typeof docs !== 'object' || Array.isArray(docs) || Object.keys(docs).length === 0) {
    throw new LabelsError(`${name}: documents missing or empty`);
  }
  const out = [];
  for (const [id, d] of Object.entries(docs)) {
    if (d != null && (typeof d !== 'object' || Array.isArray(d)))
      throw new LabelsError(`${name}: ${id} must be a mapping`);
    const covered = d?.covered ?? [];
    if (!Array.isArray(covered)) throw new LabelsError(`${name}: ${id}.covered must be a list`);
    for (const r of covered) {
      if (!rules.includes(r)) throw new LabelsError(`${name}: ${id} covers unknown or non-lintable rule ${r}`);
    }
    if (new Set(covered).size !== covered.length) throw new LabelsError(`${name}: ${id}.covered lists a rule twice`);
    const notes = d?.notes ?? {};
    if (typeof notes !== 'object' || Array.isArray(notes))
      throw new LabelsError(`${name}: ${id}.notes must be a mapping`);
    for (const r of Object.keys(notes)) {
      if (!rules.includes(r)) throw new LabelsError(`${name}: ${id} has a note for unknown rule ${r}`);
    }
    for (const k of ['format', 'lang']) {
      if (d?.[k] != null && typeof d[k] !== 'string') throw new LabelsError(`${name}: ${id}.${k} must be a string`);
    }
    out.push({
      id: String(id).normalize('NFC'),
      covered: new Set(covered),
      format: d?.format ?? '?',
      lang: d?.lang ?? '?',
      notes,
    });
  }
  return { rules: [...rules], excluded: [...excluded], docs: out };
}

export function loadLabels(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new LabelsError(`cannot read labels ${path}: ${e.code ?? e.message}`);
  }
  return parseLabels(text, path);
}

/** Corpus file name → labels id: the basename without its last extension (as the shared scorer). */
export function baseId(p) {
  const b = String(p).split(/[\\/]/).pop();
  const dot = b.lastIndexOf('.');
  return (dot > 0 ? b.slice(0, dot) : b).normalize('NFC');
}

function normRule(r) {
  return typeof r === 'string' ? r.split('/').pop().trim() || null : null;
}

/** Why a report entry counts as "not linted", or null. Mirrors the shared scorer's list. */
export function fileLevelError(f) {
  if (f == null || typeof f !== 'object') return 'malformed file entry';
  if (f.error) return typeof f.error === 'string' ? f.error : JSON.stringify(f.error);
  if (Array.isArray(f.errors) && f.errors.length > 0) return JSON.stringify(f.errors[0]);
  if (typeof f.status === 'string' && ERROR_STATUSES.has(f.status.toLowerCase())) return `status ${f.status}`;
  const findings = Array.isArray(f.findings) ? f.findings : [];
  for (const x of findings) {
    const kind = String(x?.kind ?? '').toLowerCase();
    if ((kind === 'error' || kind === 'fatal') && !normRule(x.ruleId)) return x?.message || 'file-level error finding';
  }
  if (f.findings != null && !Array.isArray(f.findings)) return 'findings is not an array';
  return null;
}

/** Where lint saw a rule as covered, e.g. 'block 8, p. 1, "2. Commitments"'; only for reading wrong pairs. */
function where(loc) {
  if (!loc || typeof loc !== 'object') return '';
  const parts = [];
  if (loc.block != null) parts.push(`block ${loc.block}`);
  if (loc.page != null) parts.push(`p. ${loc.page}`);
  if (loc.line != null) parts.push(`line ${loc.line}`);
  if (loc.heading) parts.push(JSON.stringify(String(loc.heading).slice(0, 60)));
  return parts.join(', ');
}

/** Report → Map(id → { paths, missing:Set, ruleErrors:Set, error, seen:Map(rule → where) }). */
export function indexReport(json, warn = () => {}) {
  const files = Array.isArray(json) ? json : Array.isArray(json?.files) ? json.files : null;
  const byId = new Map();
  if (!files) {
    warn('report has no "files" array; every document counts as absent');
    return byId;
  }
  for (const f of files) {
    const path = f?.path ?? f?.file ?? f?.filename;
    if (path == null) {
      warn('file entry without "path" ignored');
      continue;
    }
    const id = baseId(path);
    const entry = byId.get(id) ?? {
      paths: [],
      missing: new Set(),
      ruleErrors: new Set(),
      error: null,
      seen: new Map(),
    };
    if (entry.paths.length > 0) warn(`several report entries map to id ${id}; merging them`);
    entry.paths.push(String(path));
    const err = fileLevelError(f);
    if (err && !entry.error) entry.error = err;
    for (const x of Array.isArray(f?.findings) ? f.findings : []) {
      if (!x || typeof x !== 'object') continue;
      const rule = normRule(x.ruleId ?? x.rule);
      if (!rule) continue;
      const kind = String(x.kind ?? '').toLowerCase();
      if (kind === 'missing') entry.missing.add(rule);
      else if (kind === 'error' || kind === 'fatal') entry.ruleErrors.add(rule);
    }
    for (const c of Array.isArray(f?.coverage) ? f.coverage : []) {
      const rule = normRule(c?.ruleId);
      if (rule && c.status === 'covered' && !entry.seen.has(rule)) entry.seen.set(rule, where(c.location));
    }
    byId.set(id, entry);
  }
  const topErrors = !Array.isArray(json) && Array.isArray(json?.errors) ? json.errors : [];
  for (const e of topErrors) {
    const path = e?.path ?? e?.file;
    if (path == null) continue;
    const id = baseId(path);
    const entry = byId.get(id) ?? {
      paths: [String(path)],
      missing: new Set(),
      ruleErrors: new Set(),
      error: null,
      seen: new Map(),
    };
    entry.error = entry.error || (e.message ? String(e.message) : 'top-level error');
    byId.set(id, entry);
  }
  return byId;
}

/** Counts of one group of pairs (all, one rule, one format, one language). */
function bucket() {
  return {
    docs: 0,
    pairs: 0,
    correct: 0,
    positives: 0,
    negatives: 0,
    caught: 0,
    reported: 0,
    missed: 0,
    falseGaps: 0,
    errors: 0,
  };
}

function add(b, truthMissing, predMissing, failed) {
  b.pairs++;
  if (truthMissing) b.negatives++;
  else b.positives++;
  if (predMissing) b.reported++;
  if (truthMissing && predMissing) b.caught++;
  if (truthMissing === predMissing) b.correct++;
  else if (failed) b.errors++;
  else if (truthMissing) b.missed++;
  else b.falseGaps++;
}

/**
 * The four figures of a bucket. Conventions of the shared scorer: recall is 1 without real gaps,
 * precision is 1 when nothing was reported and nothing was missing, 0 when gaps went unreported;
 * covered recall (requirements really asked for that lint recognises) is 1 without any.
 */
export function metrics(b) {
  const coveredFound = b.positives - (b.reported - b.caught);
  return {
    accuracy: b.pairs ? b.correct / b.pairs : 0,
    recallMissing: b.negatives ? b.caught / b.negatives : 1,
    precisionMissing: b.reported ? b.caught / b.reported : b.negatives ? 0 : 1,
    coveredRecall: b.positives ? coveredFound / b.positives : 1,
    coveredFound,
  };
}

export function passes(m, t = THRESHOLDS) {
  return (
    m.accuracy >= t.accuracy &&
    m.recallMissing >= t.recallMissing &&
    m.precisionMissing >= t.precisionMissing &&
    m.coveredRecall >= t.coveredRecall
  );
}

/**
 * Scores a parsed report against parsed labels over every (document, lintable rule) pair.
 * A labelled document absent from the report or carrying a file-level error counts every rule
 * as wrong (prediction = opposite of the truth); a rule-level error finding makes that pair wrong.
 */
export function scoreReport(labels, json) {
  const warnings = [];
  const byId = json == null ? new Map() : indexReport(json, (m) => warnings.push(m));
  const labelIds = new Set(labels.docs.map((d) => d.id));
  for (const [id, e] of byId)
    if (!labelIds.has(id)) warnings.push(`report file ${e.paths[0]} has no label entry (ignored)`);
  const ruleSet = new Set(labels.rules);
  const ignoredRules = new Set();
  for (const e of byId.values())
    for (const r of [...e.missing, ...e.ruleErrors]) if (!ruleSet.has(r)) ignoredRules.add(r);

  const all = bucket();
  const perRule = new Map(labels.rules.map((r) => [r, bucket()]));
  const perFormat = new Map();
  const perLang = new Map();
  const perDoc = [];
  const wrong = [];
  for (const d of labels.docs) {
    const e = byId.get(d.id);
    const docFail = !e ? 'absent' : e.error ? 'error' : null;
    const fb = perFormat.get(d.format) ?? bucket();
    const lb = perLang.get(d.lang) ?? bucket();
    perFormat.set(d.format, fb);
    perLang.set(d.lang, lb);
    fb.docs++;
    lb.docs++;
    all.docs++;
    let docWrong = 0;
    for (const rule of labels.rules) {
      const truthMissing = !d.covered.has(rule);
      const why = docFail ?? (e.ruleErrors.has(rule) ? 'error' : null);
      const predMissing = why ? !truthMissing : e.missing.has(rule);
      for (const b of [all, perRule.get(rule), fb, lb]) add(b, truthMissing, predMissing, why !== null);
      if (truthMissing !== predMissing) {
        docWrong++;
        wrong.push({
          id: d.id,
          rule,
          format: d.format,
          lang: d.lang,
          expected: truthMissing ? 'missing' : 'covered',
          got: why ?? (predMissing ? 'missing' : 'covered'),
          note: d.notes[rule] ?? '',
          // where lint saw the rule, when it said covered: helps find the sentence behind a false "covered"
          at: !why && !predMissing ? (e.seen.get(rule) ?? '') : '',
        });
      }
    }
    perDoc.push({ id: d.id, format: d.format, lang: d.lang, wrong: docWrong, fail: docFail, detail: e?.error ?? null });
  }
  const overall = { ...all, ...metrics(all) };
  return {
    overall,
    pass: passes(overall),
    perRule: [...perRule].map(([rule, b]) => ({ rule, ...b, ...metrics(b) })),
    perFormat: [...perFormat]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([format, b]) => ({ format, ...b, ...metrics(b) })),
    perLang: [...perLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, b]) => ({ lang, ...b, ...metrics(b) })),
    perDoc,
    wrong,
    warnings,
    ignoredRules: [...ignoredRules].sort(),
  };
}

/**
 * Pairs whose prediction differs between two reports on the same documents, e.g. the built
 * files against their md/txt sources: what the format readers, not lint's judgement, change.
 */
export function comparePredictions(labels, builtJson, sourceJson) {
  const a = indexReport(builtJson);
  const b = indexReport(sourceJson);
  const pred = (e, rule) =>
    !e ? 'absent' : e.error || e.ruleErrors.has(rule) ? 'error' : e.missing.has(rule) ? 'missing' : 'covered';
  const out = [];
  for (const d of labels.docs) {
    for (const rule of labels.rules) {
      const built = pred(a.get(d.id), rule);
      const source = pred(b.get(d.id), rule);
      if (built !== source)
        out.push({
          id: d.id,
          rule,
          format: d.format,
          built,
          source,
          truth: d.covered.has(rule) ? 'covered' : 'missing',
        });
    }
  }
  return out;
}

/** Labels restricted to some formats, for a run that could not build the others. */
export function onlyFormats(labels, formats) {
  return { ...labels, docs: labels.docs.filter((d) => formats.has(d.format)) };
}

/** The shared scorer's last line, so the two can be compared by eye or by diff. */
export function summaryLine(m) {
  const f = (x) => (Math.round(x * 1000) / 1000).toFixed(3);
  return (
    `accuracy=${f(m.accuracy)} recall_missing=${f(m.recallMissing)} precision_missing=${f(m.precisionMissing)} ` +
    `covered_recall=${f(m.coveredRecall)} (${m.coveredFound}/${m.positives}) pairs=${m.pairs}`
  );
}
