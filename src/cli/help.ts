// Help texts for the program-level options, in both languages.
import type { Lang } from '../types.js';

export const helpTexts: Record<
  Lang,
  Record<
    'program' | 'version' | 'help' | 'helpCommand' | 'helpCommandName' | 'lang' | 'debug' | 'color' | 'debugHint',
    string
  >
> = {
  sv: {
    program:
      'Jämställdhetskrav i offentlig upphandling: skriv kravtext och granska förfrågningsunderlag (CEMR art. ' +
      '12, DiskrL 3 kap.).',
    version: 'visa versionen',
    help: 'visa hjälp',
    helpCommand: 'visa hjälp för ett kommando (jamkrav help lint)',
    helpCommandName: 'help [kommando]',
    lang: 'språk för meddelanden och text: sv eller en (standard sv, eller en om LANG=en_*)',
    debug: 'visa stackspår vid fel',
    debugHint: '(kör med --debug för detaljer)',
    color: 'inga färger (även NO_COLOR; FORCE_COLOR tvingar fram färger)',
  },
  en: {
    program:
      'Gender-equality requirements for public procurement: write clauses and check tender documents (CEMR art. ' +
      '12, DiskrL ch. 3).',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command (jamkrav help lint)',
    helpCommandName: 'help [command]',
    lang: 'language of messages and text: sv or en (default sv, or en when LANG=en_*)',
    debug: 'print stack traces on errors',
    debugHint: '(run with --debug for details)',
    color: 'no colours (also NO_COLOR; FORCE_COLOR forces them)',
  },
};
