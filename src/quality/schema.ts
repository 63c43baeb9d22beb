// The language-pack schema, validated with positioned problems like every other YAML file of ours.
// (A local twin of src/yaml/validated.ts until its SchemaName union names 'language-pack'.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SCHEMA_DIR } from '../paths.js';
import type { Lang, SourceProblem } from '../types.js';
import { errorPath, schemaMessage } from '../yaml/schema-messages.js';
import { posOf, type YamlSource } from '../yaml/source.js';

let compiled: ValidateFunction | undefined;

/** The compiled validator of rules/schema/language-pack.schema.json (once per process). */
export async function languagePackValidator(): Promise<ValidateFunction> {
  if (compiled) return compiled;
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'language-pack.schema.json'), 'utf8')) as object;
  compiled = ajv.compile(schema);
  return compiled;
}

/** Drops ajv's follow-on noise (an `if` failure is explained by its `then`) and duplicates. */
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

/** Schema problems of parsed data, positioned through the YAML nodes and sorted by position. */
export async function languagePackSchemaProblems(src: YamlSource, data: unknown, lang: Lang): Promise<SourceProblem[]> {
  const validate = await languagePackValidator();
  if (validate(data)) return [];
  return usefulErrors(validate.errors ?? [])
    .map((e) => {
      const { path, key } = errorPath(e);
      return { file: src.file, pos: posOf(src, path, { key }), severity: 'error' as const, message: schemaMessage(e, lang) };
    })
    .sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
}
