// `jamkrav init`: writes a starting set of files into a project folder, never over an existing
// file unless asked: a config, an example tender.yaml, and CI examples for GitHub and GitLab.
import { lstat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeOutput } from '../fs/write.js';
import type { Lang } from '../types.js';
import { GITHUB_TEMPLATE, GITLAB_TEMPLATE } from './ci-templates.js';
import { CONFIG_TEMPLATE } from './config-template.js';
import { TENDER_TEMPLATE } from './tender-template.js';

/** One file init writes: its path inside the project (`/`-separated) and its text. */
export interface InitFile {
  path: string;
  content: string;
  /** Once it exists it is the user's (their dependencies): never overwritten, even with --force. */
  keep?: boolean;
}

/**
 * A package.json for a tender repository that has none: CI runs the jamkrav the repository pins
 * (`npm ci`, then `npx --no-install jamkrav`), so it must be a development dependency.
 */
const PACKAGE_JSON = `${JSON.stringify(
  {
    private: true,
    description: 'Tender documents checked by jamkrav',
    scripts: { lint: 'jamkrav lint' },
    devDependencies: {},
  },
  null,
  2,
)}\n`;

/** The files, in the order they are written and reported. */
export function initFiles(lang: Lang): InitFile[] {
  return [
    { path: 'package.json', content: PACKAGE_JSON, keep: true },
    { path: 'jamkrav.config.yaml', content: CONFIG_TEMPLATE[lang] },
    { path: 'tender.yaml', content: TENDER_TEMPLATE[lang] },
    { path: '.github/workflows/jamkrav.yml', content: GITHUB_TEMPLATE[lang] },
    { path: 'jamkrav.gitlab-ci.yml', content: GITLAB_TEMPLATE[lang] },
  ];
}

/** What happened to one file. */
export interface InitOutcome {
  path: string;
  /** Where it is, relative to the working directory. */
  shown: string;
  status: 'written' | 'overwritten' | 'skipped';
}

/**
 * Writes the init files into `dir` (created when missing). An existing file is skipped unless
 * `force`. Throws a UserError when a file cannot be written.
 */
export async function initProject(dir: string, opts: { force?: boolean; lang: Lang }): Promise<InitOutcome[]> {
  const root = resolve(dir);
  const outcomes: InitOutcome[] = [];
  for (const file of initFiles(opts.lang)) {
    const target = join(root, ...file.path.split('/'));
    const shown = relative(process.cwd(), target) || file.path;
    const exists = await lstat(target).then(
      () => true,
      () => false,
    );
    if (exists && (!opts.force || file.keep)) {
      outcomes.push({ path: file.path, shown, status: 'skipped' });
      continue;
    }
    try {
      // makeFolders: a folder that cannot be made is said as every other write failure is.
      await writeOutput(shown, file.content, { force: Boolean(opts.force), lang: opts.lang, makeFolders: true });
    } catch (e) {
      // Created by someone else since we looked: it is theirs, so it is skipped like any other.
      if (
        !opts.force &&
        e instanceof UserError &&
        (await lstat(target).then(
          () => true,
          () => false,
        ))
      ) {
        outcomes.push({ path: file.path, shown, status: 'skipped' });
        continue;
      }
      throw e;
    }
    outcomes.push({ path: file.path, shown, status: exists ? 'overwritten' : 'written' });
  }
  return outcomes;
}
