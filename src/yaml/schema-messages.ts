// ajv's errors as short sentences in Swedish or English, with the data path they concern.
import type { ErrorObject } from 'ajv';
import type { Lang } from '../types.js';

/** The path (keys and indexes) an ajv error is about, and whether it names a key. */
export function errorPath(e: ErrorObject): { path: (string | number)[]; key: boolean } {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (e.keyword === 'additionalProperties') {
    return { path: [...path, String(e.params.additionalProperty)], key: true };
  }
  if (e.keyword === 'propertyNames' && typeof e.params.propertyName === 'string') {
    return { path: [...path, e.params.propertyName], key: true };
  }
  return { path, key: false };
}

const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : String(values);

/** What the schemas' patterns ask for, in words: a reader cannot be expected to read a regular expression. */
const SHAPES: Record<string, Record<Lang, string>> = {
  '^\\d{4}-\\d{2}-\\d{2}$': { sv: 'ett datum som 2026-12-01', en: 'a date like 2026-12-01' },
  '^\\d+\\.\\d+\\.\\d+$': { sv: 'ett versionsnummer som 1.0.0', en: 'a version like 1.0.0' },
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$': { sv: 'ett versionsnummer som 1.0.0', en: 'a version like 1.0.0' },
  '^[a-z0-9]+(-[a-z0-9]+)*$': { sv: 'gemener, siffror och bindestreck, som kommun-extra', en: 'lower case, digits and hyphens, like council-extra' },
  '^[a-z0-9]+$': { sv: 'gemener och siffror, som kommun', en: 'lower case and digits, like council' },
  '^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$': { sv: 'prefix, punkt och namn, som kommun.sprakstod', en: 'prefix, dot and name, like council.language-support' },
  '^[A-Za-z][A-Za-z0-9_-]*$': { sv: 'ett namn av bokstäver, siffror, _ och -, som börjar med en bokstav', en: 'a name of letters, digits, _ and -, starting with a letter' },
  '^https?://': { sv: 'en webbadress som börjar med https://', en: 'a web address starting with https://' },
  '\\S': { sv: 'inte bara blanktecken', en: 'not only white space' },
  '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]?[iI]?[bB]?)\\s*$': { sv: 'en storlek som 50MB eller 200KB', en: 'a size like 50MB or 200KB' },
};

/** JSON Schema's type names in words. */
const TYPES: Record<string, Record<Lang, string>> = {
  string: { sv: 'text', en: 'text' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'en mappning (nyckel: värde)', en: 'a mapping (key: value)' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  number: { sv: 'ett tal', en: 'a number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
};

/** One sentence for one ajv error. */
export function schemaMessage(e: ErrorObject, lang: Lang): string {
  const p = e.params as Record<string, unknown>;
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
  const sv = lang === 'sv';
  switch (e.keyword) {
    case 'required':
      return sv
        ? `fältet "${String(p.missingProperty)}" saknas${where ? ` i ${where}` : ''}`
        : `missing field "${String(p.missingProperty)}"${where ? ` in ${where}` : ''}`;
    case 'additionalProperties':
      return sv
        ? `okänt fält "${String(p.additionalProperty)}"${where ? ` i ${where}` : ''} (felstavat?)`
        : `unknown field "${String(p.additionalProperty)}"${where ? ` in ${where}` : ''} (misspelt?)`;
    case 'enum':
      return sv
        ? `${where || 'värdet'} måste vara ett av: ${list(p.allowedValues)}`
        : `${where || 'value'} must be one of: ${list(p.allowedValues)}`;
    case 'const':
      return sv ? `${where} måste vara ${JSON.stringify(p.allowedValue)}` : `${where} must be ${JSON.stringify(p.allowedValue)}`;
    case 'pattern': {
      const shape = SHAPES[String(p.pattern)];
      const expected = shape ? shape[lang] : sv ? `ska matcha ${String(p.pattern)}` : `must match ${String(p.pattern)}`;
      return sv ? `${where || 'värdet'} har fel form (${expected})` : `${where || 'value'} has the wrong form (${expected})`;
    }
    case 'type':
      return sv ? `${where || 'värdet'} måste vara ${TYPES[String(p.type)]?.sv ?? String(p.type)}` : `${where || 'value'} must be ${TYPES[String(p.type)]?.en ?? String(p.type)}`;
    case 'minItems':
      return sv ? `${where} måste ha minst ${String(p.limit)} element` : `${where} must have at least ${String(p.limit)} items`;
    case 'minLength':
      return sv ? `${where} får inte vara tomt` : `${where} must not be empty`;
    case 'minProperties':
      return sv ? `${where} får inte vara tomt` : `${where} must not be empty`;
    case 'exclusiveMinimum':
    case 'minimum':
      return sv ? `${where} måste vara större än ${String(p.limit)}` : `${where} must be greater than ${String(p.limit)}`;
    case 'propertyNames':
      return sv ? `ogiltigt fältnamn "${String(p.propertyName)}"` : `invalid field name "${String(p.propertyName)}"`;
    default:
      return `${where ? `${where}: ` : ''}${e.message ?? e.keyword}`;
  }
}
