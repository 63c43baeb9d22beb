// Every message about reading a user's file (a document, template, config, pack, metadata,
// manifest or .gitignore) and writing an output (an appendix, a report, a batch's files), in
// Swedish and English, in one place.
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
  pathMissing: {
    sv: 'finns inte',
    en: 'does not exist',
  },
  folderUnreadable: {
    sv: 'mappen kan inte läsas ({detail})',
    en: 'cannot read the folder ({detail})',
  },
  changed: {
    sv: 'filen byttes ut medan den lästes; försök igen',
    en: 'the file was replaced while it was read; try again',
  },
} as const satisfies Record<string, Text>;

export const WRITE = {
  noDir: { sv: 'katalogen {dir} finns inte', en: 'directory {dir} does not exist' },
  notDir: { sv: '{dir} är inte en katalog', en: '{dir} is not a directory' },
  isDir: { sv: 'är en katalog; ange ett filnamn', en: 'is a directory; give a file name' },
  exists: {
    sv: 'filen finns redan; använd --force för att skriva över den',
    en: 'the file already exists; use --force to overwrite it',
  },
  notWritable: {
    sv: 'kan inte skriva i {dir} (saknar behörighet eller skrivskyddat)',
    en: 'cannot write in {dir} (no permission or read-only)',
  },
  noSpace: { sv: 'det finns inte plats på disken', en: 'no space left on the device' },
  failed: { sv: 'kunde inte skriva filen ({code})', en: 'could not write the file ({code})' },
  nul: {
    sv: 'namnet innehåller ett NUL-tecken; välj ett annat namn',
    en: 'the name holds a NUL character; choose another name',
  },
  tempName: {
    sv:
      'namnet ser ut som en av jamkravs tillfälliga filer (.namn.pid.slump.tmp), som städas bort; välj ett ' +
      'annat namn',
    en:
      "the name looks like one of jamkrav's temporary files (.name.pid.random.tmp), which are cleaned up; choose " +
      'another name',
  },
  notRegular: {
    sv: 'är ingen vanlig fil (en enhet, pipe eller socket); skrivs inte',
    en: 'is not a regular file (a device, pipe or socket); not written',
  },
  blockDevice: {
    sv: 'är en blockenhet (en disk); skrivs aldrig',
    en: 'is a block device (a disk); never written',
  },
  noReader: {
    sv: 'är en pipe som ingen läser från; starta läsaren först',
    en: 'is a pipe nobody is reading from; start the reader first',
  },
  linkOnWay: {
    sv: 'mappen {dir} är en symbolisk länk (den byttes ut under körningen?); skrivs inte',
    en: 'folder {dir} is a symbolic link (replaced during the run?); not written',
  },
  moved: {
    sv: 'mappen flyttades under körningen; filen skrevs inte',
    en: 'the folder was moved during the run; the file was not written',
  },
} as const satisfies Record<string, Text>;
