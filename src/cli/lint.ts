// `jamkrav lint [paths...]`: flags and help texts; the work happens in lint-action.ts.
import type { Command } from 'commander';
import type { Lang } from '../types.js';

const T = {
  sv: {
    lint: 'granska förfrågningsunderlag (DOCX, ODT, PDF, Markdown, text) mot jämställdhetskraven',
    paths: 'filer, mappar eller mönster (standard: aktuell mapp)',
    pack: 'regelpaket: inbyggt id eller sökväg (kan upprepas; standard båda inbyggda)',
    rule: 'bara regeln ID eller mönstret, t.ex. diskrl3.* (kan upprepas)',
    exclude: 'hoppa över regeln ID eller mönstret (kan upprepas)',
    level: 'nivå på föreslagen kravtext: base, advanced eller leading',
    format: 'utdata: stylish, json, sarif, junit eller github',
    output: 'skriv utdata till FIL i stället för standard ut',
    failOn: 'avsluta med 1 vid fynd på denna nivå eller högre: error, warning, info eller never',
    maxWarnings: 'avsluta med 1 om antalet varningar överstiger N',
    quiet: 'visa bara fel',
    config: 'konfigurationsfil (standard: jamkrav.config.yaml här eller ovanför)',
    color: 'inga färger (även NO_COLOR)',
  },
  en: {
    lint: 'check tender documents (DOCX, ODT, PDF, Markdown, text) against the gender-equality requirements',
    paths: 'files, folders or globs (default: the current folder)',
    pack: 'rule pack: built-in id or path (repeatable; default both built-in packs)',
    rule: 'only rule ID or pattern, e.g. diskrl3.* (repeatable)',
    exclude: 'skip rule ID or pattern (repeatable)',
    level: 'level of the suggested clause: base, advanced or leading',
    format: 'output: stylish, json, sarif, junit or github',
    output: 'write the output to FILE instead of standard output',
    failOn: 'exit 1 on findings at this level or above: error, warning, info or never',
    maxWarnings: 'exit 1 when there are more than N warnings',
    quiet: 'report errors only',
    config: 'config file (default: jamkrav.config.yaml here or above)',
    color: 'no colours (also NO_COLOR)',
  },
} as const;

/** Repeatable flags also take comma-separated lists: `--rule a,b` is `--rule a --rule b`. */
const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value.split(',').map((v) => v.trim()).filter(Boolean),
];

export function registerLint(program: Command, lang: Lang): void {
  const t = T[lang];
  program
    .command('lint')
    .description(t.lint)
    .argument('[paths...]', t.paths)
    .option('--pack <id>', t.pack, collect)
    .option('--rule <id>', t.rule, collect)
    .option('--exclude <id>', t.exclude, collect)
    .option('--level <level>', t.level)
    .option('--format <name>', t.format, 'stylish')
    .option('-o, --output <file>', t.output)
    .option('--fail-on <level>', t.failOn, 'error')
    .option('--max-warnings <n>', t.maxWarnings)
    .option('-q, --quiet', t.quiet)
    .option('-c, --config <file>', t.config)
    .option('--no-color', t.color)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { lintAction } = await import('./lint-action.js');
      process.exitCode = await lintAction(paths, { ...cmd.optsWithGlobals(), ...opts });
    });
}
