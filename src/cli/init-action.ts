// `jamkrav init`: writes the starting files and says what it did with each on stderr. Existing
// files are skipped with a notice and still exit 0: running init twice is harmless.
import { pickLang, sayer } from '../i18n.js';
import { initProject } from '../init/index.js';
import type { Text } from '../types.js';

interface InitFlags {
  lang?: string;
  force?: boolean;
}

const MSG = {
  written: { sv: 'skrev {file}', en: 'wrote {file}' },
  overwritten: { sv: 'skrev över {file}', en: 'overwrote {file}' },
  skipped: {
    sv: '{file} finns redan och lämnades orörd (--force skriver över)',
    en: '{file} already exists and was left as it is (--force overwrites)',
  },
  next: {
    sv: 'nästa steg: jamkrav lint (granska underlagen), jamkrav generate --meta tender.yaml -o bilaga.docx',
    en: 'next: jamkrav lint (check the documents), jamkrav generate --meta tender.yaml -o appendix.docx',
  },
  dependency: {
    sv:
      'jamkrav måste vara ett utvecklingsberoende i förrådet, så att CI kör den låsta versionen: npm install ' +
      '--save-dev <sökväg eller git-URL till jamkrav>, och checka in package.json och package-lock.json',
    en:
      'jamkrav must be a development dependency of the repository, so that CI runs the pinned version: npm install ' +
      '--save-dev <path or git URL of jamkrav>, and commit package.json and package-lock.json',
  },
} as const satisfies Record<string, Text>;

/** Runs `jamkrav init` and returns the exit code (0 also when every file existed). */
export async function initAction(dir: string | undefined, flags: InitFlags): Promise<number> {
  const lang = pickLang(flags.lang);
  const say = sayer(lang, MSG);
  const outcomes = await initProject(dir ?? '.', { force: Boolean(flags.force), lang });
  for (const o of outcomes) process.stderr.write(`jamkrav: ${say(o.status, { file: o.shown })}\n`);
  process.stderr.write(`jamkrav: ${say('dependency')}\n`);
  process.stderr.write(`jamkrav: ${say('next')}\n`);
  return 0;
}
