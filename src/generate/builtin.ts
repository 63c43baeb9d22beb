// The built-in templates in templates/: ordinary DOCX templates, read from the package directory.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../types.js';

/** File names of the built-in templates, by language. */
export const BUILTIN_TEMPLATES: Record<Lang, string> = { sv: 'bilaga-sv.docx', en: 'appendix-en.docx' };

/** templates/ beside src/ and dist/ (this file is src/generate/ or dist/generate/). */
const DIR = new URL('../../templates/', import.meta.url);

const cache = new Map<Lang, Promise<Uint8Array>>();

/** The path of the built-in template for `lang`. */
export function builtinTemplatePath(lang: Lang): string {
  return fileURLToPath(new URL(BUILTIN_TEMPLATES[lang], DIR));
}

/** The bytes of the built-in template for `lang`, read once per process. */
export function builtinTemplate(lang: Lang): Promise<Uint8Array> {
  let bytes = cache.get(lang);
  if (!bytes) {
    bytes = readFile(builtinTemplatePath(lang)).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    cache.set(lang, bytes);
  }
  return bytes;
}
