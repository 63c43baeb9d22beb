// The YAML parser's syntax errors as short sentences in Swedish or English. The parser words its
// errors in English only; each carries a code, and the Swedish sentence is chosen by that code.
import type { Lang } from '../types.js';

const SV: Record<string, string> = {
  TAB_AS_INDENT: 'tabbar får inte användas för indrag: använd mellanslag',
  BAD_INDENT: 'fel indrag: raden står inte i linje med nivån den hör till',
  BLOCK_AS_IMPLICIT_KEY: 'en nyckel kan inte vara en lista eller mappning',
  MULTILINE_IMPLICIT_KEY: 'en nyckel måste stå på en rad (saknas kolon eller citattecken?)',
  BLOCK_IN_FLOW: 'en indragen lista eller mappning kan inte stå inom [ ] eller { }',
  MISSING_CHAR:
    'ett tecken saknas här (till exempel - före en listpunkt, : efter en nyckel, eller ett avslutande ], } eller ' +
    'citattecken)',
  UNEXPECTED_TOKEN: 'oväntat tecken här',
  BAD_SCALAR_START: 'ett värde kan inte börja med detta tecken: sätt det inom citattecken',
  BAD_DQ_ESCAPE: 'ogiltig escape-sekvens i en sträng inom dubbla citattecken',
  DUPLICATE_KEY: 'nyckeln finns redan i samma mappning',
  KEY_OVER_1024_CHARS: 'nyckeln är längre än 1024 tecken',
  MULTIPLE_DOCS: 'filen får bara innehålla ett YAML-dokument (ta bort ---)',
  BAD_ALIAS: 'ogiltig alias (*namn)',
  ALIAS_PROPS: 'ett alias kan inte ha tagg eller ankare',
  MULTIPLE_ANCHORS: 'ett värde kan bara ha ett ankare (&namn)',
  MULTIPLE_TAGS: 'ett värde kan bara ha en tagg (!tagg)',
  BAD_PROP_ORDER: 'ankare och tagg står i fel ordning',
  BAD_DIRECTIVE: 'ogiltigt YAML-direktiv (%)',
  TAG_RESOLVE_FAILED: 'okänd tagg',
  NON_STRING_KEY: 'en nyckel måste vara text',
  BAD_COLLECTION_TYPE: 'fel sorts samling för taggen',
  RESOURCE_EXHAUSTION: 'filen kräver för mycket minne att läsa',
};

/** A syntax error of the YAML parser, in `lang`: `message` is the parser's own (English) words. */
export function syntaxMessage(code: string, message: string, lang: Lang): string {
  if (lang === 'en') return message;
  return SV[code] ?? `ogiltig YAML (${code})`;
}
