// The commander program: flags → one library call → exit code. Commands load lazily so that
// `jamkrav --version` does not pay for YAML, ajv or docx.
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { pickLang } from '../i18n.js';
import { isUserError } from '../errors.js';
import { oneOf } from '../options.js';
import { LANGS, type Lang } from '../types.js';
import { commanderError, localiseHelp } from './commander-text.js';
import { helpTexts } from './help.js';

/** Exit codes, the same for every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** The value of `--lang` on the command line, before commander parses it. */
function langFlag(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  return i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}

/**
 * A reader that closes the pipe early (`jamkrav lint | head -1`) ends the output quietly: what
 * is still written goes nowhere, and the run finishes with the exit code it would have had.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || (closed && e.code === 'ERR_STREAM_DESTROYED')) {
      closed = true;
      return;
    }
    throw e;
  });
}

/** Each command registers itself on the program; its module is imported only when run. */
export type CommandRegistration = (program: Command, lang: Lang) => void;

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const flag = langFlag(argv.slice(2));
  const lang = pickLang(flag);
  const debug = argv.includes('--debug');
  try {
    oneOf(flag, LANGS, '--lang', lang);
  } catch (e) {
    if (!isUserError(e)) throw e;
    process.stderr.write(`jamkrav: ${e.toLine()}\n`);
    return EXIT.usage;
  }
  const h = helpTexts[lang];
  const version = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  const program = new Command('jamkrav')
    .description(h.program)
    .version(version, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(h.helpCommandName, h.helpCommand)
    .showHelpAfterError(false)
    .configureOutput({
      outputError: (str, write) => write(`jamkrav: ${commanderError(str.replace(/^error: /, ''), lang)}`),
    })
    .exitOverride();
  // Every command takes --no-color: lint colours its report, the others may colour what they print.
  program.option('--lang <lang>', h.lang).option('--debug', h.debug).option('--no-color', h.color);

  const { registerAll } = await import('./commands.js');
  registerAll(program, lang);
  localiseHelp(program, lang);

  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (isUserError(e)) {
      for (const line of e.toLines()) process.stderr.write(`jamkrav: ${line}\n`);
      return EXIT.usage;
    }
    if (debug) {
      process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    } else {
      const message = e instanceof Error ? e.message : String(e);
      process.stderr.write(`jamkrav: ${message}\n${helpTexts[lang].debugHint}\n`);
    }
    return EXIT.usage;
  }
}
