// Where the project's own data lives, the same from src/ (tests) and dist/ (built CLI).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the folder holding package.json, rules/ and templates/. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SCHEMA_DIR = join(RULES_DIR, 'schema');
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
