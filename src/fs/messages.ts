// Every message about reading a user's file (a document, template, config, pack, metadata,
// manifest or .gitignore), in Swedish and English, in one place.
import type { Text } from '../types.js';

export const READ = {
  notFound: {
    sv: 'filen finns inte',
    en: 'file not found',
  },
  isDirectory: {
    sv: 'är en mapp, inte en fil',
    en: 'is a directory, not a file',
  },
  notRegular: {
    sv: 'är ingen vanlig fil (en enhet, pipe eller socket); läses inte',
    en: 'is not a regular file (a device, pipe or socket); not read',
  },
  loop: {
    sv: 'symboliska länkar i en slinga; filen kan inte läsas',
    en: 'symbolic links in a loop; the file cannot be read',
  },
  permissionDenied: {
    sv: 'filen kan inte läsas: behörighet saknas',
    en: 'cannot read the file: permission denied',
  },
  readFailed: {
    sv: 'filen kan inte läsas ({detail})',
    en: 'cannot read the file ({detail})',
  },
  tooLarge: {
    sv: 'filen är {size}; gränsen är {limit}',
    en: 'the file is {size}; the limit is {limit}',
  },
  tooLargeRaise: {
    sv: 'filen är {size}; gränsen är {limit} ({raise})',
    en: 'the file is {size}; the limit is {limit} ({raise})',
  },
  tooLargeAtLeast: {
    sv: 'filen är större än {limit}, gränsen',
    en: 'the file is larger than {limit}, the limit',
  },
  tooLargeAtLeastRaise: {
    sv: 'filen är större än {limit}, gränsen ({raise})',
    en: 'the file is larger than {limit}, the limit ({raise})',
  },
  changed: {
    sv: 'filen byttes ut medan den lästes; försök igen',
    en: 'the file was replaced while it was read; try again',
  },
} as const satisfies Record<string, Text>;
