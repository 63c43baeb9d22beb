// Commander's own words (help headings, "(default: …)", its error messages) in the user's
// language. Commander has no message catalogue: its headings pass through `styleTitle`, option
// descriptions through `optionDescription`, and its errors are rewritten line by line here.
import { Help, type Command, type Option } from 'commander';
import type { Lang } from '../types.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Global Options:': 'Globala flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
};

/** Commander's error messages and their Swedish forms (`$1` … are the message's own parts). */
const ERRORS: ReadonlyArray<[RegExp, string]> = [
  [/^unknown option '(.+)'$/, "okänd flagga '$1'"],
  [/^\(Did you mean (.+)\?\)$/, '(menade du $1?)'],
  [/^unknown command '(.+)'$/, "okänt kommando '$1'"],
  [/^missing required argument '(.+)'$/, "argumentet '$1' saknas"],
  [/^option '(.+)' argument missing$/, "flaggan '$1' saknar värde"],
  [/^required option '(.+)' not specified$/, "flaggan '$1' måste anges"],
  [
    /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    'för många argument: väntade $2, fick $3',
  ],
  [/^option '(.+)' argument '(.+)' is invalid\.$/, "flaggan '$1': värdet '$2' är ogiltigt"],
];

/** Help formatting for `lang`: to be passed to `configureHelp` of the program. */
export function helpConfiguration(lang: Lang): Partial<Help> {
  if (lang === 'en') return { showGlobalOptions: true };
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => TITLES[title] ?? title,
    optionDescription(this: Help, option: Option): string {
      return Help.prototype.optionDescription.call(this, option).replace(/\(default: /, '(standard: ');
    },
    commandUsage(this: Help, command: Command): string {
      return Help.prototype.commandUsage
        .call(this, command)
        .replace('[options]', '[flaggor]')
        .replace('[command]', '[kommando]');
    },
    subcommandTerm(this: Help, command: Command): string {
      return Help.prototype.subcommandTerm.call(this, command).replace('[options]', '[flaggor]');
    },
    argumentDescription(this: Help, argument: Parameters<Help['argumentDescription']>[0]): string {
      return Help.prototype.argumentDescription.call(this, argument).replace(/\(default: /, '(standard: ');
    },
  };
}

/** One of commander's error messages (without its `error: ` prefix) in `lang`. */
export function commanderError(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return message
    .split('\n')
    .map((line) => {
      for (const [pattern, sv] of ERRORS) if (pattern.test(line)) return line.replace(pattern, sv);
      return line;
    })
    .join('\n');
}

/**
 * Applies the help formatting to a command and all its subcommands (commander copies it only to commands added later).
 */
export function localiseHelp(command: Command, lang: Lang): void {
  command.configureHelp(helpConfiguration(lang));
  for (const sub of command.commands) localiseHelp(sub, lang);
}
