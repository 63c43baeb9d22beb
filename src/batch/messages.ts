// Every message `jamkrav batch` shows, in Swedish and English.
import { MORE_PROBLEMS } from '../errors.js';
import type { Text } from '../types.js';

const t = (sv: string, en: string): Text => ({ sv, en });

/** Problems with the manifest itself (exit 2). */
export const MANIFEST = {
  column: t('kolumn {name}', 'column {name}'),
  csvUnterminated: t('citattecknet som börjar här avslutas aldrig', 'the quote that starts here is never closed'),
  csvTextAfterQuote: t(
    'text efter ett avslutande citattecken; skriv "" för ett citattecken i ett citerat fält',
    'text after a closing quote; write "" for a quote inside a quoted field',
  ),
  csvEmpty: t(
    'filen är tom; första raden ska vara rubriker, t.ex. {header}',
    'the file is empty; the first line must be the header, e.g. {header}',
  ),
  csvUnknownColumn: t('okänd kolumn (kända: {known})', 'unknown column (known: {known})'),
  csvDuplicateColumn: t('kolumnen finns två gånger', 'the column appears twice'),
  csvNoOutput: t(
    'rubrikraden saknar kolumnen output (filnamnet för varje bilaga)',
    'the header has no output column (the file name of each appendix)',
  ),
  csvTooManyCells: t('raden har {n} celler men rubrikraden {m}', 'the row has {n} cells but the header {m}'),
  csvEmptyOutput: t('tom cell; varje rad behöver ett filnamn', 'empty cell; every row needs a file name'),
  csvMetaAndColumns: t(
    'ange antingen en metadatafil i kolumnen meta eller kolumnerna {columns}, inte båda',
    'give either a metadata file in the meta column or the columns {columns}, not both',
  ),
  noTenders: t('manifestet har inga upphandlingar', 'the manifest has no tenders'),
  more: MORE_PROBLEMS,
} satisfies Record<string, Text>;

/** Problems with an output name (exit 2: checked before anything is written). */
export const OUTPUT = {
  absolute: t(
    '"{output}" är en absolut sökväg; ange en sökväg inom --out',
    '"{output}" is an absolute path; give a path inside --out',
  ),
  leaves: t('"{output}" hamnar utanför --out', '"{output}" leads outside --out'),
  empty: t('"{output}" är inget filnamn', '"{output}" is not a file name'),
  link: t(
    '"{output}" går genom den symboliska länken {link}, som pekar utanför --out',
    '"{output}" goes through the symbolic link {link}, which points outside --out',
  ),
  isLink: t(
    '"{output}" är en symbolisk länk; ta bort den eller välj ett annat namn',
    '"{output}" is a symbolic link; remove it or choose another name',
  ),
  duplicate: t(
    '"{output}" skrivs redan av upphandlingen på {other} (stora och små bokstäver räknas som samma)',
    '"{output}" is already written by the tender at {other} (upper and lower case count as the same)',
  ),
  outNotDir: t('--out {out} är inte en katalog', '--out {out} is not a directory'),
} satisfies Record<string, Text>;

/** Per-tender failures and statuses. */
export const TENDER = {
  exists: t(
    'filen finns redan med annat innehåll; använd --force för att skriva över den',
    'the file already exists with other content; use --force to overwrite it',
  ),
  crashed: t('oväntat fel: {message}', 'unexpected error: {message}'),
  warning: t('varning', 'warning'),
} satisfies Record<string, Text>;

/** Status words in the progress lines and the summary table. */
export const STATUS: Record<'written' | 'unchanged' | 'kept' | 'failed', Text> = {
  written: t('skriven', 'written'),
  unchanged: t('oförändrad', 'unchanged'),
  kept: t('behölls', 'kept'),
  failed: t('fel', 'failed'),
} satisfies Record<string, Text>;

/** The summary and the plan of --dry-run. */
export const SUMMARY = {
  tender: t('Upphandling', 'Tender'),
  output: t('Utdata', 'Output'),
  rules: t('Regler', 'Rules'),
  warnings: t('Varningar', 'Warnings'),
  status: t('Status', 'Status'),
  format: t('Format', 'Format'),
  level: t('Nivå', 'Level'),
  lang: t('Språk', 'Language'),
  template: t('Mall', 'Template'),
  meta: t('Metadata', 'Metadata'),
  builtin: t('inbyggd', 'built-in'),
  inline: t('i manifestet', 'in the manifest'),
  none: t('ingen', 'none'),
  totals: t(
    '{n} upphandlingar: {written} skrivna, {unchanged} oförändrade, {kept} behållna, {failed} fel ({seconds} s)',
    '{n} tenders: {written} written, {unchanged} unchanged, {kept} kept, {failed} failed ({seconds} s)',
  ),
  shard: t('del {index} av {count}: {n} av {total} upphandlingar', 'part {index} of {count}: {n} of {total} tenders'),
} satisfies Record<string, Text>;

/** What a dry run predicts for each file, and its totals line. */
export const PLAN = {
  answerForm: t('svarsformulär', 'answer form'),
  annex: t('myndighetens bilaga', "authority's annex"),
  new: t('ny', 'new'),
  overwrite: t('skrivs över (--force)', 'overwritten (--force)'),
  unchanged: t('oförändrad', 'unchanged'),
  kept: t('behålls: annat innehåll (--force skriver över)', 'kept: other content (--force overwrites)'),
  failed: t('fel', 'failed'),
  totals: t(
    'torrkörning, inget skrevs: {n} upphandlingar: {written} skulle skrivas, {unchanged} oförändrade, {kept} ' +
      'skulle behållas, {failed} fel',
    'dry run, nothing written: {n} tenders: {written} would be written, {unchanged} unchanged, {kept} would be ' +
      'kept, {failed} failed',
  ),
} satisfies Record<string, Text>;

/** `--check`: each file that does not match, and the verdict. */
export const CHECK = {
  differs: t('skiljer sig från det manifestet ger nu', 'differs from what the manifest gives now'),
  missing: t('saknas', 'missing'),
  match: t('Alla filer stämmer med manifestet ({files}).', 'Every file matches the manifest ({files}).'),
  mismatch: t(
    'Filer som inte stämmer med manifestet: {bad} av {files}; kör jamkrav batch utan --check för att skriva dem ' +
      '(--force för filer med annat innehåll).',
    'Files that do not match the manifest: {bad} of {files}; run jamkrav batch without --check to write them ' +
      '(--force for files with other content).',
  ),
  failed: t(
    '{n} av upphandlingarna kunde inte göras; deras filer är inte kontrollerade (felen ovan).',
    '{n} of the tenders could not be made; their files are not checked (errors above).',
  ),
  file: t('fil', 'file'),
  files: t('filer', 'files'),
  force: t(
    '--check skriver ingenting; --force kan inte användas med den',
    '--check writes nothing; --force cannot be used with it',
  ),
} satisfies Record<string, Text>;

/** Warnings, one line per distinct warning. */
export const WARNINGS = {
  /** How many tenders gave one warning, and the first few of them. */
  many: t('{n} upphandlingar: {outputs}', '{n} tenders: {outputs}'),
  more: t('{outputs} och {n} till', '{outputs} and {n} more'),
} satisfies Record<string, Text>;

/** The progress line on a terminal: `12/40  3.1/s  kvar 0:09`. */
export const PROGRESS = {
  left: t('kvar', 'left'),
  rules: t(' ({n} regler{warnings})', ' ({n} rules{warnings})'),
  warning: t(', {n} varning', ', {n} warning'),
  warnings: t(', {n} varningar', ', {n} warnings'),
} satisfies Record<string, Text>;
