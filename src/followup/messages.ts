// Messages about the follow-up's inputs (register, appendices, reports), in Swedish and English.
import type { Text } from '../types.js';

export const REGISTER = {
  duplicate: {
    sv: 'avtalet "{id}" finns redan på rad {line}',
    en: 'contract "{id}" is already listed on line {line}',
  },
  badDate: { sv: '"{value}" är inget datum: skriv ÅÅÅÅ-MM-DD', en: '"{value}" is no date: write YYYY-MM-DD' },
  endBeforeStart: {
    sv: 'slutdatumet {end} ligger före startdatumet {start}',
    en: 'the end date {end} is before the start date {start}',
  },
  appendixAndPacks: {
    sv: 'ange antingen appendix (bilagans JSON) eller packs/level/meta, inte båda',
    en: 'give either appendix (the appendix JSON) or packs/level/meta, not both',
  },
  noAppendix: {
    sv:
      'avtalet "{id}" saknar bilaga: ange appendix (från jamkrav generate --format json) eller packs och level, ' +
      'eller conditions: false',
    en:
      'contract "{id}" has no appendix: give appendix (from jamkrav generate --format json) or packs and level, or ' +
      'conditions: false',
  },
  conditionsFalse: {
    sv: 'conditions: false betyder att avtalet saknar jämställdhetsvillkor; ta bort appendix och packs',
    en: 'conditions: false means the contract has no equality conditions; remove appendix and packs',
  },
  unknownIndicator: {
    sv: 'okänd indikator "{id}" (kända: {known})',
    en: 'unknown indicator "{id}" (known: {known})',
  },
  csvSyntax: { sv: 'CSV-filen går inte att läsa ({code})', en: 'the CSV file cannot be read ({code})' },
  csvColumn: { sv: 'okänd kolumn "{name}" (kända: {known})', en: 'unknown column "{name}" (known: {known})' },
  csvTargets: {
    sv: 'målen "{value}" går inte att läsa: skriv t.ex. leaders:minShare=40; pay-survey:inPeriod',
    en: 'the targets "{value}" cannot be read: write e.g. leaders:minShare=40; pay-survey:inPeriod',
  },
  noContracts: { sv: 'registret har inga avtal', en: 'the register holds no contracts' },
} satisfies Record<string, Text>;

export const APPENDIX = {
  notJson: {
    sv: 'är ingen JSON-bilaga från jamkrav generate --format json ({detail})',
    en: 'is no JSON appendix from jamkrav generate --format json ({detail})',
  },
  shape: {
    sv: 'är ingen JSON-bilaga från jamkrav generate --format json (fältet {field} saknas eller har fel form)',
    en: 'is no JSON appendix from jamkrav generate --format json (field {field} missing or malformed)',
  },
  version: {
    sv: 'har JSON-formatet version {version}; den här versionen av jamkrav läser version 1',
    en: 'has JSON format version {version}; this version of jamkrav reads version 1',
  },
  contract: { sv: 'avtalet {id}: {problem}', en: 'contract {id}: {problem}' },
} satisfies Record<string, Text>;

export const REPORTS = {
  unknownContract: {
    sv: 'hör inte till något avtal i registret (ange avtalets id i filnamnet eller i rapporten)',
    en: 'belongs to no contract of the register (put the contract id in the file name or the report)',
  },
  unknownPeriod: {
    sv:
      'avtalet {id}: rapportåret går inte att avgöra (ange året i filnamnet, t.ex. {id}_{year}.docx, eller i ' +
      'rapporten)',
    en:
      'contract {id}: the report year cannot be told (put the year in the file name, e.g. {id}_{year}.docx, or in ' +
      'the report)',
  },
  noSuchPeriod: {
    sv: 'avtalet {id} har ingen rapportperiod som börjar {year}',
    en: 'contract {id} has no report period starting in {year}',
  },
  duplicate: {
    sv: 'avtalet {id}, period {year}: rapporten finns redan i {other}; den här läses inte',
    en: 'contract {id}, period {year}: already reported in {other}; this one is not read',
  },
  notFolder: { sv: 'är ingen katalog med rapporter', en: 'is no folder of reports' },
  badValue: {
    sv: '{field}: "{value}" går inte att läsa som {kind}',
    en: '{field}: "{value}" cannot be read as {kind}',
  },
  tooMany: { sv: 'katalogen har fler än {max} filer', en: 'the folder holds more than {max} files' },
} satisfies Record<string, Text>;
