// ajv's errors as short sentences in Swedish or English, with the data path they concern.
import type { ErrorObject } from 'ajv';
import { sayer } from '../i18n.js';
import type { Lang, Text } from '../types.js';

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
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$': {
    sv: 'ett versionsnummer som 1.0.0',
    en: 'a version like 1.0.0',
  },
  '^[a-z0-9]+(-[a-z0-9]+)*$': {
    sv: 'gemener, siffror och bindestreck, som kommun-extra',
    en: 'lower case, digits and hyphens, like council-extra',
  },
  '^[a-z0-9]+$': { sv: 'gemener och siffror, som kommun', en: 'lower case and digits, like council' },
  '^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$': {
    sv: 'prefix, punkt och namn, som kommun.sprakstod',
    en: 'prefix, dot and name, like council.language-support',
  },
  '^[A-Za-z][A-Za-z0-9_-]*$': {
    sv: 'ett namn av bokstäver, siffror, _ och -, som börjar med en bokstav',
    en: 'a name of letters, digits, _ and -, starting with a letter',
  },
  '^https?://': { sv: 'en webbadress som börjar med https://', en: 'a web address starting with https://' },
  '\\S': { sv: 'inte bara blanktecken', en: 'not only white space' },
  '^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]?[iI]?[bB]?)\\s*$': {
    sv: 'en storlek som 50MB eller 200KB',
    en: 'a size like 50MB or 200KB',
  },
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

/** The sentences, one per ajv keyword; `{subject}` is the field's path, or "the value" when at the top. */
const M = {
  in: { sv: ' i {where}', en: ' in {where}' },
  value: { sv: 'värdet', en: 'value' },
  required: { sv: 'fältet "{field}" saknas{in}', en: 'missing field "{field}"{in}' },
  additionalProperties: {
    sv: 'okänt fält "{field}"{in} (felstavat?)',
    en: 'unknown field "{field}"{in} (misspelt?)',
  },
  enum: { sv: '{subject} måste vara ett av: {allowed}', en: '{subject} must be one of: {allowed}' },
  const: { sv: '{where} måste vara {allowed}', en: '{where} must be {allowed}' },
  patternRaw: { sv: 'ska matcha {pattern}', en: 'must match {pattern}' },
  pattern: { sv: '{subject} har fel form ({expected})', en: '{subject} has the wrong form ({expected})' },
  type: { sv: '{subject} måste vara {type}', en: '{subject} must be {type}' },
  minItems: { sv: '{where} måste ha minst {limit} element', en: '{where} must have at least {limit} items' },
  empty: { sv: '{where} får inte vara tomt', en: '{where} must not be empty' },
  minimum: { sv: '{where} måste vara större än {limit}', en: '{where} must be greater than {limit}' },
  propertyNames: { sv: 'ogiltigt fältnamn "{name}"', en: 'invalid field name "{name}"' },
} as const satisfies Record<string, Text>;

/** One sentence for one ajv error. */
export function schemaMessage(e: ErrorObject, lang: Lang): string {
  const p = e.params as Record<string, unknown>;
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
  const say = sayer(lang, M);
  const at = where ? say('in', { where }) : '';
  const subject = where || say('value');
  switch (e.keyword) {
    case 'required':
      return say('required', { field: String(p.missingProperty), in: at });
    case 'additionalProperties':
      return say('additionalProperties', { field: String(p.additionalProperty), in: at });
    case 'enum':
      return say('enum', { subject, allowed: list(p.allowedValues) });
    case 'const':
      return say('const', { where, allowed: JSON.stringify(p.allowedValue) });
    case 'pattern': {
      const shape = SHAPES[String(p.pattern)];
      const expected = shape ? shape[lang] : say('patternRaw', { pattern: String(p.pattern) });
      return say('pattern', { subject, expected });
    }
    case 'type':
      return say('type', { subject, type: TYPES[String(p.type)]?.[lang] ?? String(p.type) });
    case 'minItems':
      return say('minItems', { where, limit: String(p.limit) });
    case 'minLength':
    case 'minProperties':
      return say('empty', { where });
    case 'exclusiveMinimum':
    case 'minimum':
      return say('minimum', { where, limit: String(p.limit) });
    case 'propertyNames':
      return say('propertyNames', { name: String(p.propertyName) });
    default:
      return `${where ? `${where}: ` : ''}${e.message ?? e.keyword}`;
  }
}
