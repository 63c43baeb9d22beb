// Loading a batch manifest: YAML (validated against rules/schema/manifest.schema.json, every
// problem positioned) or CSV (one tender a row). Either way the result is the same ManifestData.
import { dirname, extname, relative, resolve } from 'node:path';
import { readUserFile } from '../fs/read.js';
import { DEFAULT_RUN_LIMITS } from '../limits.js';
import type { Lang } from '../types.js';
import { posOf } from '../yaml/source.js';
import { parseValidatedYaml } from '../yaml/validated.js';
import { fieldDateProblem } from '../generate/date.js';
import { parseCsvManifest } from './manifest-csv.js';
import { ManifestError, sortProblems } from './problems.js';
import type { ManifestData, ManifestPlace, ManifestProblem, TenderSettings } from './types.js';

/** A manifest ready to plan from. */
export interface LoadedManifest {
  /** The manifest's name as the user gave it, for messages. */
  shown: string;
  /** Absolute folder of the manifest: relative paths inside it resolve against this. */
  dir: string;
  data: ManifestData;
  /** Where tender `index` (or one of its fields) stands in the manifest. */
  placeOf(index: number, field?: string): ManifestPlace;
}

/**
 * Text of a manifest file: UTF-8, or Windows-1252 when the bytes are not UTF-8, as Swedish
 * Excel's plain "CSV" export writes it (so "Hemtjänst" survives).
 */
export function decodeManifest(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads and validates a manifest. Throws ManifestError (every problem, positioned) when it is
 * unusable, or a UserError when it cannot be read.
 */
export async function loadManifest(path: string, lang: Lang, cwd: string = process.cwd()): Promise<LoadedManifest> {
  const file = resolve(cwd, path);
  const shown = relative(cwd, file) || path;
  const bytes = readUserFile(file, { shown, lang, maxBytes: DEFAULT_RUN_LIMITS.maxDataFileBytes });
  const source = decodeManifest(bytes);
  const dir = dirname(file);

  if (extname(file).toLowerCase() === '.csv') {
    const csv = await parseCsvManifest(shown, source, lang);
    if (!csv.data) throw new ManifestError(sortProblems(csv.problems), lang);
    const places = csv.places;
    return {
      shown,
      dir,
      data: csv.data,
      placeOf: (index, field) => ({ ...places[index]!, ...(field ? { column: field } : {}) }),
    };
  }

  const { value, src, problems } = await parseValidatedYaml<ManifestData>(
    shown,
    source.replace(/^\uFEFF/, ''),
    'manifest',
    lang,
  );
  if (!value || !src) {
    const found: ManifestProblem[] = problems.map((p) => ({
      file: p.file,
      line: p.pos.line,
      col: p.pos.col,
      message: p.message,
    }));
    throw new ManifestError(sortProblems(found), lang);
  }
  // Dates past what a DOCX can carry, named by field and position, before anything is made.
  const late = manifestDates(value).flatMap(({ path, date }) => {
    const message = fieldDateProblem(path.join('.'), date, lang);
    if (message === undefined) return [];
    const pos = posOf(src, path);
    return [{ file: shown, line: pos.line, col: pos.col, message }];
  });
  if (late.length > 0) throw new ManifestError(sortProblems(late), lang);
  return {
    shown,
    dir,
    data: value,
    placeOf: (index, field) => {
      const pos = posOf(src, field ? ['tenders', index, field] : ['tenders', index]);
      return { file: shown, line: pos.line, col: pos.col };
    },
  };
}

/** Every document date of a manifest (a `date`, or `tender.date` in inline metadata) with its path. */
function manifestDates(data: ManifestData): { path: (string | number)[]; date: string }[] {
  const out: { path: (string | number)[]; date: string }[] = [];
  const look = (settings: TenderSettings | undefined, at: (string | number)[]): void => {
    if (typeof settings?.date === 'string') out.push({ path: [...at, 'date'], date: settings.date });
    const meta = settings?.meta;
    if (meta && typeof meta === 'object' && typeof meta.tender?.date === 'string')
      out.push({ path: [...at, 'meta', 'tender', 'date'], date: meta.tender.date });
  };
  look(data.defaults, ['defaults']);
  data.tenders.forEach((t, i) => look(t, ['tenders', i]));
  return out;
}
