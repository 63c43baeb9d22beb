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
    case 'type':
      return sv ? `${where || 'värdet'} måste vara av typen ${String(p.type)}` : `${where || 'value'} must be of type ${String(p.type)}`;
    case 'pattern':
      return sv
        ? `${where || 'värdet'} har fel form (ska matcha ${String(p.pattern)})`
        : `${where || 'value'} has the wrong form (must match ${String(p.pattern)})`;
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
