// YAML files checked against our JSON Schemas, with every problem positioned in the source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SCHEMA_DIR } from '../paths.js';
import { fmt } from '../i18n.js';
import type { Lang, SourceProblem } from '../types.js';
import { firstAliasOffset, parseYamlSource, posAt, posOf, toData, type YamlSource } from './source.js';
import { boundProblems } from './bounds.js';
import { errorPath, schemaMessage } from './schema-messages.js';

export type SchemaName =
  | 'tender'
  | 'rule-pack'
  | 'config'
  | 'manifest'
  | 'language-pack'
  | 'weak-pack'
  | 'reading'
  | 'evaluate'
  | 'scores'
  | 'register'
  | 'indicators';

/** An anchor-and-alias document that would expand without bound (YAML's billion laughs). */
const ALIAS_BOMB = {
  sv: 'för många alias (*namn): filen liknar en alias-bomb',
  en: 'too many aliases (*name): the file looks like an alias bomb',
} as const;

const compiled = new Map<SchemaName, ValidateFunction>();

/** The compiled validator for one of our schemas (compiled once per process). */
export async function validatorFor(name: SchemaName): Promise<ValidateFunction> {
  const cached = compiled.get(name);
  if (cached) return cached;
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as object;
  const validate = ajv.compile(schema);
  compiled.set(name, validate);
  return validate;
}

/** Drops ajv's follow-on noise: an `if` failure is always explained by its `then` error. */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'if') return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Schema errors of already-parsed data, positioned through the YAML node ranges. */
export async function schemaProblems(
  src: YamlSource,
  data: unknown,
  name: SchemaName,
  lang: Lang,
): Promise<SourceProblem[]> {
  const validate = await validatorFor(name);
  if (validate(data)) return [];
  return usefulErrors(validate.errors ?? []).map((e) => {
    const { path, key } = errorPath(e);
    return {
      file: src.file,
      pos: posOf(src, path, { key }),
      severity: 'error' as const,
      message: schemaMessage(e, lang),
    };
  });
}

/**
 * Parses and validates a YAML file. `value` is set only when there are no problems;
 * problems are sorted by position.
 */
export async function parseValidatedYaml<T>(
  file: string,
  source: string,
  schema: SchemaName,
  lang: Lang = 'sv',
): Promise<{ value?: T; src?: YamlSource; problems: SourceProblem[] }> {
  const { src, problems } = parseYamlSource(file, source, lang);
  if (problems.length) return { problems, src };
  let data: unknown;
  try {
    data = toData(src);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const message = fmt(lang, ALIAS_BOMB);
    return { src, problems: [{ file, pos: posAt(src, firstAliasOffset(source)), severity: 'error', message }] };
  }
  // Past the bounds, the file is refused before the schema is run over all of it.
  const bounds = boundProblems(src, data, lang);
  if (bounds.length > 0) return { src, problems: bounds };
  const found = await schemaProblems(src, data, schema, lang);
  found.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  return found.length ? { src, problems: found } : { value: data as T, src, problems: [] };
}
