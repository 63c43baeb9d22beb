// Reflow: hard-wrapped text from PDF (as PDF, as text, as Markdown) comes out as real paragraphs,
// list items and headings; page furniture goes; hyphenation is undone.
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/documents/furniture.js';
import { readDocumentBytes } from '../../src/documents/index.js';
import { readLabel } from '../../src/documents/reflow-labels.js';
import { joinLines } from '../../src/documents/hyphenation.js';
import type { Document } from '../../src/types.js';
import { block, texts } from './helpers.js';
import { column, makePdf } from './pdf-builder.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (s: string): Promise<Document> => readDocumentBytes('utdrag.txt', utf8(s));
const kinds = (doc: Document): string[] =>
  doc.blocks.map((b) => `${b.kind}${b.level ?? ''}${b.listLevel ? `:${b.listLevel}` : ''} ${b.text}`);

/** Greedy wrapping at `width` columns, as pdftotext and `pandoc -t plain` leave text: no blank lines. */
function hardWrap(paragraphs: string[], width: number): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push(line);
  }
  return `${out.join('\n')}\n`;
}

describe('reflow of plain text converted from PDF', () => {
  it('splits clauses at their labels though no blank line separates them, and keeps the labels', async () => {
    const doc = await text(
      [
        '11. Equal Employment Opportunity. The Contractor accepts the following',
        'terms for the whole duration of the performance of this Contract:',
        '(a.) No applicant or employee shall be discriminated against because of',
        'sex, race, creed or national origin, and the Contractor shall take the',
        'affirmative action steps no less extensive than those set in paragraph',
        '(8) of these specifications.',
        '(b.) In every advertisement for employees the Contractor shall state',
        'that every qualified applicant will be considered for employment.',
        '12. Subcontracts. The Contractor shall insert these provisions in every',
        'subcontract for work under this Contract.',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual([
      'paragraph 11. Equal Employment Opportunity. The Contractor accepts the following terms for the whole duration ' +
        'of the performance of this Contract:',
      'list-item:1 (a.) No applicant or employee shall be discriminated against because of sex, race, creed or ' +
        'national origin, and the Contractor shall take the affirmative action steps no less extensive than those ' +
        'set in paragraph (8) of these specifications.',
      'list-item:1 (b.) In every advertisement for employees the Contractor shall state that every qualified ' +
        'applicant will be considered for employment.',
      'paragraph 12. Subcontracts. The Contractor shall insert these provisions in every subcontract for work under ' +
        'this Contract.',
    ]);
    expect(doc.blocks.map((b) => [b.loc.line, b.loc.column])).toEqual([
      [1, 1],
      [3, 1],
      [7, 1],
      [9, 1],
    ]);
  });

  it('nests lettered and roman items under their lead-ins and returns to the outer sequence', async () => {
    const doc = await text(
      hardWrap(
        [
          'The Supplier shall, for the whole duration of the contract and of any extension of it, comply with the ' +
            'following duties:',
          '(a) keep records of the following for every employee who works on the contract, whether employed or hired:',
          '(i) sex and occupation, and the date on which the employee started to work on the contract;',
          '(ii) pay and allowances, including any overtime paid during the period; and',
          '(b) report the records to the Authority once a year, in the form that the Authority asks for.',
          'These duties survive the end of the contract for as long as the Authority needs the records.',
        ],
        72,
      ),
    );
    expect(kinds(doc)).toEqual([
      'paragraph The Supplier shall, for the whole duration of the contract and of any extension of it, comply with ' +
        'the following duties:',
      'list-item:1 (a) keep records of the following for every employee who works on the contract, whether employed ' +
        'or hired:',
      'list-item:2 (i) sex and occupation, and the date on which the employee started to work on the contract;',
      'list-item:2 (ii) pay and allowances, including any overtime paid during the period; and',
      'list-item:1 (b) report the records to the Authority once a year, in the form that the Authority asks for.',
      'paragraph These duties survive the end of the contract for as long as the Authority needs the records.',
    ]);
  });

  it('reads § clauses as paragraphs and an indented numbered list inside one as items', async () => {
    const doc = await text(
      [
        '4 §   När myndigheten tilldelar en leverantör ett kontrakt om en tjänst, och kontraktet',
        '   1. löper i minst åtta månader, och',
        '   2. beräknas vara värt 750 000 kronor eller mer,',
        'ska kontraktet innehålla villkor om att leverantören ska följa diskrimineringslagen.',
        '5 §   Villkoren ska även gälla underleverantörer som utför arbete direkt för kontraktet.',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual([
      'paragraph 4 § När myndigheten tilldelar en leverantör ett kontrakt om en tjänst, och kontraktet',
      'list-item:1 1. löper i minst åtta månader, och',
      'list-item:1 2. beräknas vara värt 750 000 kronor eller mer, ska kontraktet innehålla villkor om att ' +
        'leverantören ska följa diskrimineringslagen.',
      'paragraph 5 § Villkoren ska även gälla underleverantörer som utför arbete direkt för kontraktet.',
    ]);
  });

  it('starts a paragraph after a line that ends where the next word would have fitted', async () => {
    const doc = await text(
      hardWrap(
        [
          'Leverantören ska under hela avtalstiden arbeta aktivt för jämställdhet mellan kvinnor och män i den ' +
            'personal som utför uppdraget.',
          'Arbetet ska redovisas skriftligen varje år.',
          'Beställaren följer upp kravet vid det årliga uppföljningsmötet och kan begära in underlag.',
          'Erbjuden konsult ska ha',
          'Erfarenhet av att leda förändringsarbete',
          'Erfarenhet av att arbeta med jämställdhetsanalyser i offentlig sektor',
        ],
        70,
      ),
    );
    expect(texts(doc)).toEqual([
      'Leverantören ska under hela avtalstiden arbeta aktivt för jämställdhet mellan kvinnor och män i den personal ' +
        'som utför uppdraget.',
      'Arbetet ska redovisas skriftligen varje år.',
      'Beställaren följer upp kravet vid det årliga uppföljningsmötet och kan begära in underlag.',
      'Erbjuden konsult ska ha',
      'Erfarenhet av att leda förändringsarbete',
      'Erfarenhet av att arbeta med jämställdhetsanalyser i offentlig sektor',
    ]);
  });

  it('keeps a short line that goes on in lower case, and a label inside a sentence, in its paragraph', async () => {
    const doc = await text(
      [
        'Leverantören ska lämna en redovisning av hur',
        'jämställdhetsarbetet bedrivs, med hänvisning till avsnitt 4 och',
        '(a) i bilaga 2, senast den sista dagen i varje kvartal under avtalstiden.',
      ].join('\n'),
    );
    expect(texts(doc)).toEqual([
      'Leverantören ska lämna en redovisning av hur jämställdhetsarbetet bedrivs, med hänvisning till avsnitt 4 och ' +
        '(a) i bilaga 2, senast den sista dagen i varje kvartal under avtalstiden.',
    ]);
  });

  it('keeps a short line that stops on a preposition or an article in its paragraph, whatever follows', async () => {
    const doc = await text(
      [
        'Leverantören ska se till att arbetskläder och skyddsutrustning som tillhandahålls',
        'för den personal som utför uppdraget passar alla anställda oavsett kön, och de ska',
        'anpassas enligt',
        'Arbetsmiljöverkets föreskrifter om arbetskläder och personlig skyddsutrustning.',
        '',
        'Kitchens, changing facilities and protective clothing that are provided for',
        'the staff on this contract shall suit all staff whatever their sex, and the',
        'Contractor shall replace them when asked.',
      ].join('\n'),
    );
    expect(texts(doc)).toEqual([
      'Leverantören ska se till att arbetskläder och skyddsutrustning som tillhandahålls för den personal som utför ' +
        'uppdraget passar alla anställda oavsett kön, och de ska anpassas enligt Arbetsmiljöverkets föreskrifter om ' +
        'arbetskläder och personlig skyddsutrustning.',
      'Kitchens, changing facilities and protective clothing that are provided for the staff on this contract shall ' +
        'suit all staff whatever their sex, and the Contractor shall replace them when asked.',
    ]);
  });

  it('rejoins words hyphenated at line ends and keeps real and suspended hyphens', async () => {
    const doc = await text(
      [
        'Leverantören ska redovisa sitt jäm-',
        'ställdhetsarbete, sina IT-',
        'system och sitt jämställdhets-',
        'och mångfaldsarbete. A well-known rule stays a well-',
        'known rule.',
      ].join('\n'),
    );
    expect(texts(doc)).toEqual([
      'Leverantören ska redovisa sitt jämställdhetsarbete, sina IT-system och sitt jämställdhets- och ' +
        'mångfaldsarbete. A well-known rule stays a well-known rule.',
    ]);
    expect(joinLines('jäm-', 'ställdhet')).toBe('jämställdhet');
    expect(joinLines('jäm\u00AD', 'ställdhet')).toBe('jämställdhet');
    expect(joinLines('kvinnor –', 'män')).toBe('kvinnor – män');
    expect(joinLines('10-', '15 personer')).toBe('10-15 personer');
  });

  it('drops running headers and page numbers at form feeds and joins a sentence across the break', async () => {
    const page = (n: number, body: string[]): string =>
      ['Förfrågningsunderlag Städtjänster 2025', '', ...body, '', `Sida ${n} av 3`].join('\n');
    const doc = await text(
      [
        page(1, [
          'Leverantören ska säkerställa att arbetstagare inte utsätts för',
          'diskriminering och att lönesättningen är',
        ]),
        page(2, [
          'fri från osakliga skillnader mellan kvinnor och män.',
          '',
          '2.1 Uppföljning',
          'Beställaren följer upp kraven varje år.',
        ]),
        page(3, ['Avtalet gäller i två år.']),
      ].join('\n\f'),
    );
    expect(kinds(doc)).toEqual([
      'paragraph Leverantören ska säkerställa att arbetstagare inte utsätts för diskriminering och att ' +
        'lönesättningen är fri från osakliga skillnader mellan kvinnor och män.',
      'heading2 2.1 Uppföljning',
      'paragraph Beställaren följer upp kraven varje år.',
      'paragraph Avtalet gäller i två år.',
    ]);
    // Lines keep their numbers in the file: the dropped header and footer lines are skipped, not removed.
    expect(doc.blocks.map((b) => b.loc.line)).toEqual([3, 11, 12, 17]);
  });

  it('joins a sentence that ends a page with ", and" to the lower-case line after the break', async () => {
    const doc = await text(
      '4.3 The Contractor shall provide parental leave to employees with partners as to spouses, and\n\n' +
        'Page 6 of 14\n\nshall allow employees to use paid sick leave to care for a child.\n\nPage 7 of 14\n',
    );
    expect(texts(doc)).toEqual([
      '4.3 The Contractor shall provide parental leave to employees with partners as to spouses, and shall ' +
        'allow employees to use paid sick leave to care for a child.',
    ]);
  });

  it('joins a sentence across a page number in text pasted from a PDF, without form feeds', async () => {
    const doc = await text(
      'Leverantören ska säkerställa att arbetstagare inte utsätts för diskriminering och att\nlönesättningen i ' +
        'uppdraget är\n\nSida 1 av 2\n\nfri från osakliga skillnader mellan kvinnor och män.\n\nSida 2 av 2\n',
    );
    expect(texts(doc)).toEqual([
      'Leverantören ska säkerställa att arbetstagare inte utsätts för diskriminering och att lönesättningen i ' +
        'uppdraget är fri från osakliga skillnader mellan kvinnor och män.',
    ]);
  });

  it('drops a running footer that numbers the pages of an annex ("Page C-4")', async () => {
    const rule = '-'.repeat(60);
    const doc = await text(
      '(b) each year, review the pay of its female and male employees and explain any disparities\n\n' +
        `${rule}\nContract No. 3000118742      Exhibit C - State Terms      Page C-4\n\n\n` +
        'identified and the measures taken.\n\n' +
        `${rule}\nContract No. 3000118742      Exhibit C - State Terms      Page C-5\n`,
    );
    expect(texts(doc)).toEqual([
      '(b) each year, review the pay of its female and male employees and explain any disparities ' +
        'identified and the measures taken.',
    ]);
  });

  it('drops a running footer laid out in columns, and the header under it, where a page breaks', async () => {
    const rule = '-'.repeat(60);
    const doc = await text(
      '5.3 Rotas shall be planned so that shift patterns and equipment\n\n\n' +
        `${rule}\nLambourne District Council                 Page 6\n` +
        'Schedule 2 - Service Specification                Issue 1.2\n\n\n' +
        'are suitable for all workers irrespective of sex.\n\n' +
        `${rule}\nLambourne District Council                 Page 7\n`,
    );
    expect(texts(doc)).toEqual([
      '5.3 Rotas shall be planned so that shift patterns and equipment are suitable for all workers ' +
        'irrespective of sex.',
    ]);
  });

  it('runs on past a line that ends with an abbreviation ("17 kap." | "1 § LOU …")', async () => {
    const doc = await text('Som villkor för fullgörande av kontraktet enligt 17 kap.\n1 § LOU gäller följande.\n');
    expect(texts(doc)).toEqual(['Som villkor för fullgörande av kontraktet enligt 17 kap. 1 § LOU gäller följande.']);
    // The same under a clause number, with the wrapped lines indented to the clause's text.
    const clause = await text(
      '6.1  Följande villkor är särskilda kontraktsvillkor enligt 17 kap.\n     1 § LOU och gäller hela avtalstiden.\n',
    );
    expect(texts(clause)).toEqual([
      '6.1 Följande villkor är särskilda kontraktsvillkor enligt 17 kap. 1 § LOU och gäller hela avtalstiden.',
    ]);
  });

  it('keeps a line that only mentions a page in its text', async () => {
    const doc = await text('The rates are set out in the table on page 6\n\nof Schedule 2.\n');
    expect(texts(doc).join(' ')).toContain('on page 6');
  });

  it('takes bare numbers for page numbers only where they count up like pages', async () => {
    const paged = await text('Första sidans text.\n\n1\n\nAndra sidans text.\n\n2\n\nTredje sidans text.\n');
    expect(texts(paged)).toEqual(['Första sidans text.', 'Andra sidans text.', 'Tredje sidans text.']);
    const form = await text('Antal konsulter:\n\n2\n\nTimpris i kronor:\n\n850\n');
    expect(texts(form)).toEqual(['Antal konsulter:', '2', 'Timpris i kronor:', '850']);
  });

  it('finds numbered headings with their depth as level, and is careful with unnumbered ones', async () => {
    const doc = await text(
      [
        'Jämställdhetskrav i kommunens upphandlingar',
        '',
        'Kommunen ställer krav på jämställdhet i alla upphandlingar över två miljoner kronor från och med i år.',
        '',
        '9 februari 2022',
        '',
        '5. Kravspecifikation',
        '5.3 Villkor om jämställd bemanning',
        'Leverantören ska bemanna uppdraget så att kvinnor och män får samma möjligheter.',
        '',
        'Med vänlig hälsning',
        'Anna Andersson',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual([
      'heading1 Jämställdhetskrav i kommunens upphandlingar',
      'paragraph Kommunen ställer krav på jämställdhet i alla upphandlingar över två miljoner kronor från och med i ' +
        'år.',
      'paragraph 9 februari 2022',
      'heading1 5. Kravspecifikation',
      'heading2 5.3 Villkor om jämställd bemanning',
      'paragraph Leverantören ska bemanna uppdraget så att kvinnor och män får samma möjligheter.',
      'paragraph Med vänlig hälsning',
      'paragraph Anna Andersson',
    ]);
    expect(block(doc, 'Leverantören ska bemanna').headingPath).toEqual([
      '5. Kravspecifikation',
      '5.3 Villkor om jämställd bemanning',
    ]);
  });

  it('reads a heading numbered without a dot, in capitals too ("1   PARTER")', async () => {
    const doc = await text(
      '1   PARTER\n    Beställare: Region Österfjäll (nedan "Beställaren").\n\n' +
        '2   AVTALSHANDLINGAR\n    Vid motstridigheter gäller handlingarna i följande ordning.\n',
    );
    expect(kinds(doc)).toEqual([
      'heading1 1 PARTER',
      'paragraph Beställare: Region Österfjäll (nedan "Beställaren").',
      'heading1 2 AVTALSHANDLINGAR',
      'paragraph Vid motstridigheter gäller handlingarna i följande ordning.',
    ]);
  });

  it('reads roman and letter numbering of headings, and no form answer for a heading', async () => {
    const doc = await text(
      [
        'I. Administrativa föreskrifter',
        'Upphandlingen genomförs som ett förenklat förfarande enligt lagen om offentlig upphandling.',
        '',
        'Nej',
        '',
        'Leverantören har inte lämnat några reservationer mot de krav som ställs i förfrågningsunderlaget.',
      ].join('\n'),
    );
    expect(kinds(doc)).toEqual([
      'heading1 I. Administrativa föreskrifter',
      'paragraph Upphandlingen genomförs som ett förenklat förfarande enligt lagen om offentlig upphandling.',
      'paragraph Nej',
      'paragraph Leverantören har inte lämnat några reservationer mot de krav som ställs i förfrågningsunderlaget.',
    ]);
  });

  it('does not take a numbered list of short items or a table of contents for headings', async () => {
    const list = await text('Innehåll\n1. Inledning\n2. Krav på leverantören\n3. Avtalsvillkor\n');
    expect(list.blocks.every((b) => b.kind !== 'heading')).toBe(true);
    const bare = await text('Innehåll\n\n1 Inledning\n\n2 Krav på leverantören\n\n3 Avtalsvillkor\n\nText.\n');
    expect(bare.blocks.every((b) => b.kind !== 'heading')).toBe(true);
    const contents = await text(
      'Innehållsförteckning\n\n2.5 Rätt till uppdragsresultat 5\n2.6 Övrigt 5\n2.6.1 Arbetsformer 6\n3 ' +
        'Upphandlingsföreskrifter 6\n',
    );
    expect(contents.blocks.every((b) => b.kind !== 'heading')).toBe(true);
  });

  it('gives a bullet that pdftotext printed alone on its line the text below it, and that place', async () => {
    const doc = await text(
      'Följande uppgifter ska framgå:\n•\n\nBeskrivning av referensuppdrag\n•\n\n  Kontaktperson hos uppdragsgivaren\n',
    );
    expect(kinds(doc)).toEqual([
      'paragraph Följande uppgifter ska framgå:',
      'list-item:1 Beskrivning av referensuppdrag',
      'list-item:1 Kontaktperson hos uppdragsgivaren',
    ]);
    expect(doc.blocks.map((b) => [b.loc.line, b.loc.column])).toEqual([
      [1, 1],
      [4, 1],
      [7, 3],
    ]);
  });

  it('reads dashes as items in a list, and as dashes in a line of dialogue or a subtitle', async () => {
    const list = await text('Leverantören ska redovisa:\n– antal anställda per kön\n– lönekartläggningens resultat\n');
    expect(kinds(list)).toEqual([
      'paragraph Leverantören ska redovisa:',
      'list-item:1 antal anställda per kön',
      'list-item:1 lönekartläggningens resultat',
    ]);
    const article = await text(
      'Jämställdhet genom upphandling\n– en handledning\n\nKommunen ställer krav.\n\n– Vi kommer att kräva att ' +
        'leverantörerna arbetar aktivt mot trakasserier, säger vd.\n',
    );
    expect(kinds(article)).toEqual([
      'paragraph Jämställdhet genom upphandling',
      'paragraph – en handledning',
      'paragraph Kommunen ställer krav.',
      'paragraph – Vi kommer att kräva att leverantörerna arbetar aktivt mot trakasserier, säger vd.',
    ]);
  });

  it('takes a clause keyword alone on its line for a heading', async () => {
    const doc = await text(
      'Artikel 12\nKommunen ska i sin roll som upphandlare främja jämställdhet mellan kvinnor och män.\n',
    );
    expect(kinds(doc)).toEqual([
      'heading1 Artikel 12',
      'paragraph Kommunen ska i sin roll som upphandlare främja jämställdhet mellan kvinnor och män.',
    ]);
  });

  it('keeps a spaced dash that the wrapping moved to a line start in its sentence', async () => {
    const doc = await text(
      'Lönerna ska vara lika för kvinnor och män som utför samma arbete i uppdraget\n– oavsett anställningsform.\n',
    );
    expect(texts(doc)).toEqual([
      'Lönerna ska vara lika för kvinnor och män som utför samma arbete i uppdraget – oavsett anställningsform.',
    ]);
  });
});

describe('clause and list labels', () => {
  it('reads families, numbers and depth', () => {
    expect(readLabel('(viii) Except where exempted')).toMatchObject({ family: '(i)', ordinal: 8 });
    expect(readLabel('(a.) No applicant')).toMatchObject({ family: '(a)', ordinal: 1 });
    expect(readLabel('4.2 a) Leverantören')).toMatchObject({ family: 'dec2', ordinal: 2, depth: 2 });
    expect(readLabel('§ 4 Villkor')).toMatchObject({ family: '§', ordinal: 4 });
    expect(readLabel('4 § Villkor')).toMatchObject({ family: '§', ordinal: 4 });
    expect(readLabel('Sec. 18-156. Contractors')).toMatchObject({ family: 'kw:sec' });
    expect(readLabel('Subd. 2. Requirements')).toMatchObject({ family: 'kw:subd', ordinal: 2 });
    expect(readLabel('Article 12')).toMatchObject({ family: 'kw:article', ordinal: 12, alone: true });
    expect(readLabel('• punkt')).toMatchObject({ bullet: true, family: '•', length: 2 });
    expect(readLabel('\uF0B7 punkt')).toMatchObject({ bullet: true, family: '•' });
  });

  it('tells a ninth letter from a roman one by the sequence it continues', () => {
    expect(readLabel('(i) first')).toMatchObject({ family: '(i)', ordinal: 1 });
    expect(readLabel('(i) ninth', [{ family: '(a)', ordinal: 8 }])).toMatchObject({ family: '(a)', ordinal: 9 });
    expect(readLabel('(v) fifth', [{ family: '(i)', ordinal: 4 }])).toMatchObject({ family: '(i)', ordinal: 5 });
  });

  it('reads no label into names, abbreviations, amounts and references', () => {
    for (const line of [
      'J. Smith signed the contract.',
      'e.g. the Act',
      '2 miljoner kronor',
      '2.1 of the Act applies',
      '- ',
      'Article 12 of the Charter',
      '1.5 miljoner',
    ]) {
      expect(readLabel(line), line).toBeUndefined();
    }
    expect(readLabel('b) second')).toBeUndefined();
    expect(readLabel('b) second', [{ family: 'a)', ordinal: 1 }])).toMatchObject({ family: 'a)', ordinal: 2 });
  });

  it('reads a label glued to its word only where it continues its sequence', () => {
    const afterA = [{ family: '(a)', ordinal: 1 }];
    expect(readLabel('(b)maintain a written policy', afterA)).toMatchObject({ family: '(a)', ordinal: 2, length: 3 });
    expect(readLabel('(b)maintain a written policy')).toBeUndefined();
    expect(readLabel('(s)he shall report', afterA)).toBeUndefined();
  });
});

describe('page furniture', () => {
  it('drops lines repeated at the edges of most pages, page numbers in them allowed to vary', () => {
    const body = [
      ['Leverantören ska', 'redovisa löner.'],
      ['Beställaren följer', 'upp kravet.'],
      ['Avtalet gäller', 'i två år.'],
    ];
    const pages = body.map((lines, n) => [
      { text: 'Avtal om städtjänster', alone: true },
      ...lines.map((text) => ({ text, alone: true })),
      { text: `Sida ${n + 1} (3)`, alone: true },
    ]);
    expect(findFurniture(pages, true).map((s) => [...s].sort())).toEqual([
      [0, 3],
      [0, 3],
      [0, 3],
    ]);
  });

  it('keeps a number in a table row at the foot of a page', () => {
    const page = [
      { text: 'Poäng', alone: false },
      { text: '10', alone: false },
    ];
    expect(findFurniture([page], true).map((s) => s.size)).toEqual([0]);
    expect(
      findFurniture(
        [
          [
            { text: 'Text.', alone: true },
            { text: '1', alone: true },
          ],
        ],
        true,
      ).map((s) => [...s]),
    ).toEqual([[1]]);
  });
});

describe('reflow of Markdown converted from PDF', () => {
  const md = [
    '# Avtalsvillkor',
    '',
    'Leverantören åtar sig att:',
    '(a) tillämpa jäm-',
    'ställdhetskrav i hela uppdraget;',
    '(b) redovisa löner per kön.',
    '',
    '- en riktig lista',
    '- med två punkter',
    '',
    '```',
    '(c) kod, ingen text',
    '```',
    '',
    '| Krav | Poäng |',
    '|------|-------|',
    '| (d) i en cell | 1 |',
    '',
    '<!-- jamkrav-disable diskrl3.pay -- regleras i bilaga -->',
    '(e) Löner regleras i bilaga 2.',
  ].join('\n');

  it('splits clause labels on lines of their own and undoes hyphenation, leaving real Markdown alone', async () => {
    const doc = await readDocumentBytes('villkor.md', utf8(md));
    expect(doc.blocks.map((b) => [b.kind, b.text, b.listLevel, b.loc.line])).toEqual([
      ['heading', 'Avtalsvillkor', undefined, 1],
      ['paragraph', 'Leverantören åtar sig att:', undefined, 3],
      ['list-item', '(a) tillämpa jämställdhetskrav i hela uppdraget;', 1, 4],
      ['list-item', '(b) redovisa löner per kön.', 1, 6],
      ['list-item', 'en riktig lista', 1, 8],
      ['list-item', 'med två punkter', 1, 9],
      ['table-cell', 'Krav', undefined, 15],
      ['table-cell', 'Poäng', undefined, 15],
      ['table-cell', '(d) i en cell', undefined, 17],
      ['table-cell', '1', undefined, 17],
      ['paragraph', '(e) Löner regleras i bilaga 2.', undefined, 20],
    ]);
    // The suppression silences the clause after it and is reported on the comment's own line.
    expect(doc.suppressions).toEqual([
      {
        ruleId: 'diskrl3.pay',
        reason: 'regleras i bilaga',
        loc: { block: block(doc, 'Löner regleras').loc.block, line: 19 },
      },
    ]);
  });

  it('nests labelled lines inside a Markdown list item under it', async () => {
    const doc = await readDocumentBytes(
      'villkor.md',
      utf8(
        '1. Leverantören ska:\n   (a) ha kollektivavtal;\n   (b) redovisa löner per kön.\n2. Beställaren följer upp.\n',
      ),
    );
    expect(doc.blocks.map((b) => [b.text, b.listLevel, b.loc.line, b.loc.column])).toEqual([
      ['Leverantören ska:', 1, 1, 4],
      ['(a) ha kollektivavtal;', 2, 2, 4],
      ['(b) redovisa löner per kön.', 2, 3, 4],
      ['Beställaren följer upp.', 1, 4, 4],
    ]);
  });

  it('splits at a hard line break before a capital and keeps the column of each block', async () => {
    const doc = await readDocumentBytes('villkor.md', utf8('Kontaktperson:\\\nAnna Andersson  \nUpphandlare\n'));
    expect(doc.blocks.map((b) => [b.text, b.loc.line, b.loc.column])).toEqual([
      ['Kontaktperson:', 1, 1],
      ['Anna Andersson', 2, 1],
      ['Upphandlare', 3, 1],
    ]);
  });
});

describe('reflow of PDF', () => {
  const pdf = (pages: Parameters<typeof makePdf>[0]): Promise<Document> =>
    readDocumentBytes('underlag.pdf', makePdf(pages));

  it('takes a bold line and a numbered line standing alone for headings, and drops the page number', async () => {
    const doc = await pdf([
      [
        ...column(72, 760, 11, [
          { text: 'Styrdokument och rutiner', bold: true },
          'Det ska finnas en policy som syftar till att förebygga diskriminering, trakasserier',
          'och repressalier. Policyn ska vara känd av alla medarbetare.',
          '',
          '5.3 Villkor om jämställd bemanning',
          'Leverantören ska bemanna uppdraget så att kvinnor och män får samma möjligheter',
          'till arbete inom kontraktet.',
        ]),
        { x: 297, y: 60, size: 11, text: '1' },
      ],
    ]);
    expect(kinds(doc)).toEqual([
      'heading1 Styrdokument och rutiner',
      'paragraph Det ska finnas en policy som syftar till att förebygga diskriminering, trakasserier och ' +
        'repressalier. Policyn ska vara känd av alla medarbetare.',
      'heading2 5.3 Villkor om jämställd bemanning',
      'paragraph Leverantören ska bemanna uppdraget så att kvinnor och män får samma möjligheter till arbete inom ' +
        'kontraktet.',
    ]);
  });

  it('takes larger type indented under a list for a heading, not for more of the last item', async () => {
    const doc = await pdf([
      [
        ...column(72, 760, 11, ['Kommunen ska även:']),
        { x: 72, y: 740, size: 11, text: '•' },
        ...column(90, 740, 11, ['ställa krav som tar sociala hänsyn.']),
        { x: 90, y: 700, size: 14, text: 'Ett komplicerat område', bold: true },
        ...column(72, 680, 11, ['Inköpschefen menar att det inte är lätt att få in jämställdhet i upphandling.']),
      ],
    ]);
    expect(kinds(doc)).toEqual([
      'paragraph Kommunen ska även:',
      'list-item:1 ställa krav som tar sociala hänsyn.',
      'heading1 Ett komplicerat område',
      'paragraph Inköpschefen menar att det inte är lätt att få in jämställdhet i upphandling.',
    ]);
  });

  it('drops running headers and footers and continues a paragraph on the next page', async () => {
    const header = { x: 72, y: 800, size: 9, text: 'Förfrågningsunderlag Dnr 2025/17' };
    const footer = (n: number) => ({ x: 260, y: 40, size: 9, text: `Sida ${n} av 2` });
    const doc = await pdf([
      [
        header,
        ...column(72, 740, 11, [
          'Leverantören ska säkerställa att arbetstagare inte utsätts för diskriminering och att',
          'lönesättningen i uppdraget är',
        ]),
        footer(1),
      ],
      [header, ...column(72, 740, 11, ['fri från osakliga skillnader mellan kvinnor och män.']), footer(2)],
    ]);
    expect(texts(doc)).toEqual([
      'Leverantören ska säkerställa att arbetstagare inte utsätts för diskriminering och att lönesättningen i ' +
        'uppdraget är fri från osakliga skillnader mellan kvinnor och män.',
    ]);
    expect(doc.blocks[0]!.loc.page).toBe(1);
  });

  it(
    'splits bullets and clause labels with hanging indents into items, ' + 'and reads no table row as a heading',
    async () => {
      const doc = await pdf([
        [
          ...column(72, 760, 11, ['Leverantören ska för varje uppdrag redovisa följande uppgifter:']),
          { x: 72, y: 740, size: 11, text: '•' },
          ...column(90, 740, 11, ['antalet anställda kvinnor och män i uppdraget, fördelat på', 'yrkesroller;']),
          { x: 72, y: 713.6, size: 11, text: '•' },
          ...column(90, 713.6, 11, ['lönekartläggningens resultat.']),
          { x: 72, y: 680, size: 11, text: 'Krav', bold: true },
          { x: 300, y: 680, size: 11, text: 'Poäng', bold: true },
          { x: 72, y: 666.8, size: 11, text: 'Jämställdhetsplan' },
          { x: 300, y: 666.8, size: 11, text: '10' },
        ],
      ]);
      expect(kinds(doc)).toEqual([
        'paragraph Leverantören ska för varje uppdrag redovisa följande uppgifter:',
        'list-item:1 antalet anställda kvinnor och män i uppdraget, fördelat på yrkesroller;',
        'list-item:1 lönekartläggningens resultat.',
        'paragraph Krav',
        'paragraph Poäng',
        'paragraph Jämställdhetsplan',
        'paragraph 10',
      ]);
    },
  );
});
