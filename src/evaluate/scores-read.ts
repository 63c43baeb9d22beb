// The committee's scores (`--scores poang.yaml` or `.csv`): per tenderer and award criterion a
// score and its reason, and the tender price where the model needs one. Every problem is named
// at its line; a tenderer or criterion the evaluation does not know is an error, never matched
// by a guess.
import { extname } from 'node:path';
import { moreProblems, ProblemsError, type PlacedProblem } from '../errors.js';
import { parseCsv, CsvSyntaxError } from '../csv.js';
import { readUserFile } from '../fs/read.js';
import { fmt } from '../i18n.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang, Text } from '../types.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';

/** One score as given. */
export interface GivenScore {
  score: number;
  reason: string | null;
  line: number;
}

/** The file, read: per tenderer (as named there) its price and scores by criterion id. */
export interface ScoreSheet {
  file: string;
  priceWeight: number | null;
  tenderers: Map<string, { line: number; price: number | null; scores: Map<string, GivenScore> }>;
}

interface ScoresYaml {
  priceWeight?: number;
  tenderers: Record<string, { price?: number; scores?: Record<string, number | { score: number; reason?: string }> }>;
}

const M = {
  format: { sv: 'poängfilen ska vara .yaml, .yml eller .csv', en: 'the scores file must be .yaml, .yml or .csv' },
  columns: {
    sv: 'kolumnerna ska vara tenderer, criterion, score och gärna reason (första raden)',
    en: 'the columns must be tenderer, criterion, score and preferably reason (first line)',
  },
  number: { sv: 'poängen "{value}" är inget tal', en: 'the score "{value}" is not a number' },
  twice: { sv: '{tenderer} har två poäng för {criterion}', en: '{tenderer} has two scores for {criterion}' },
  csv: { sv: 'CSV-filen går inte att läsa ({detail})', en: 'the CSV file cannot be read ({detail})' },
} satisfies Record<string, Text>;

/** Reads a scores file. @throws ProblemsError with every problem, each at its line */
export async function readScores(file: string, lang: Lang): Promise<ScoreSheet> {
  const ext = extname(file).toLowerCase();
  const text = readUserFile(file, { lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes }).toString('utf8');
  if (ext === '.csv') return csvScores(file, text, lang);
  if (ext !== '.yaml' && ext !== '.yml')
    throw new ProblemsError([{ file, message: fmt(lang, M.format) }], moreProblems(lang));
  const { value, src, problems } = await parseValidatedYaml<ScoresYaml>(file, text, 'scores', lang);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !value || !src) throw new ProblemsError(errors, moreProblems(lang));
  const sheet: ScoreSheet = { file, priceWeight: value.priceWeight ?? null, tenderers: new Map() };
  for (const [name, t] of Object.entries(value.tenderers)) {
    const scores = new Map<string, GivenScore>();
    for (const [criterion, s] of Object.entries(t.scores ?? {})) {
      const line = posOf(src, ['tenderers', name, 'scores', criterion]).line;
      scores.set(
        criterion,
        typeof s === 'number' ? { score: s, reason: null, line } : { score: s.score, reason: s.reason ?? null, line },
      );
    }
    sheet.tenderers.set(name, {
      line: posOf(src, ['tenderers', name], { key: true }).line,
      price: t.price ?? null,
      scores,
    });
  }
  return sheet;
}

/** `tenderer,criterion,score,reason`; the criterion `price` gives the tender price in the score column. */
function csvScores(file: string, text: string, lang: Lang): ScoreSheet {
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      throw new ProblemsError(
        [{ file, pos: { line: e.line, col: 1 }, message: fmt(lang, M.csv, { detail: e.code }) }],
        moreProblems(lang),
      );
    throw e;
  }
  const header = table.header.cells.map((c) => c.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('tenderer') < 0 || col('criterion') < 0 || col('score') < 0)
    throw new ProblemsError([{ file, pos: { line: 1, col: 1 }, message: fmt(lang, M.columns) }], moreProblems(lang));
  const sheet: ScoreSheet = { file, priceWeight: null, tenderers: new Map() };
  const problems: PlacedProblem[] = [];
  for (const r of table.records) {
    const cell = (name: string) => (col(name) >= 0 ? (r.cells[col(name)] ?? '').trim() : '');
    const tenderer = cell('tenderer');
    const criterion = cell('criterion');
    if (tenderer === '' && criterion === '') continue;
    // Swedish spreadsheets write decimals with a comma and group thousands with spaces.
    const raw = cell('score')
      .replace(/[\s\u00a0]/g, '')
      .replace(',', '.');
    const score = raw === '' ? NaN : Number(raw);
    if (!Number.isFinite(score)) {
      problems.push({ file, pos: { line: r.line, col: 1 }, message: fmt(lang, M.number, { value: cell('score') }) });
      continue;
    }
    const t = sheet.tenderers.get(tenderer) ?? { line: r.line, price: null, scores: new Map<string, GivenScore>() };
    sheet.tenderers.set(tenderer, t);
    if (criterion.toLowerCase() === 'price' || criterion.toLowerCase() === 'pris') {
      t.price = score;
      continue;
    }
    if (t.scores.has(criterion))
      problems.push({ file, pos: { line: r.line, col: 1 }, message: fmt(lang, M.twice, { tenderer, criterion }) });
    t.scores.set(criterion, { score, reason: cell('reason') || null, line: r.line });
  }
  if (problems.length > 0) throw new ProblemsError(problems, moreProblems(lang));
  return sheet;
}
