// Where the project's own data lives, the same from src/ (tests), dist/ (library) and
// dist/bundle/ (the CLI): the first folder upward holding rules/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 3 && !existsSync(join(dir, 'rules')); up++) dir = dirname(dir);
  return dir;
}

/** The package root: the folder holding package.json, rules/ and templates/. */
export const PACKAGE_ROOT = packageRoot();
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMA_DIR = join(RULES_DIR, 'schema');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
