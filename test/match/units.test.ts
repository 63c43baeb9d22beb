// Units: all concepts must meet in one sentence, list item with its lead-in, or table row.

import { describe, expect, test } from 'vitest';
import { exampleBlocks } from '../../src/match/index.js';
import type { Block } from '../../src/types.js';
import { newSession } from './session.js';
import { evidenceTester, find } from './tester.js';

/** Parental leave routines, the running example of the README. */
const parenthood = {
  all: [
    { sv: ['föräldraledig*', 'förena arbete och föräldraskap'], en: ['parental leave', 'balance work and family'] },
    { sv: ['rutin*', '*policy', 'riktlinje*'], en: ['routine*', 'polic*', 'procedure*'] },
  ],
  not: { sv: ['kontaktperson*'], en: ['contact person'] },
};

evidenceTester('sentences', parenthood, {
  found: [
    'Leverantören ska ha rutiner för föräldraledighet.',
    'Avtalet gäller i två år. Leverantören ska ha en föräldraledighetspolicy.',
    'Leverantören ska bl.a. ha rutiner för föräldraledighet.',
    'Leverantören ska t.ex. ha riktlinjer enl. 3 kap. 5 § för föräldraledighet.',
    'Leverantören ska enligt avsnitt 2.1 ha rutiner för föräldraledighet.',
    'Leverantören ska (jfr. 2 kap. 3 § DL) ha rutiner för föräldraledighet.',
    'Kontaktperson: A. Svensson. Leverantören ska ha rutiner för föräldraledighet.',
    'The Contractor shall have routines, e.g. for parental leave.',
    'The Contractor shall maintain a policy, i.e. Parental leave rules.',
    // A statute cited with its dots: "S.C. 2018, c. 27", "S.I. No. 284".
    'The Contractor shall, under the Act (S.C. 2018, c. 27), maintain a policy on parental leave.',
    'The Contractor shall, as S.I. 284 requires, maintain a policy on parental leave.',
  ],
  missed: [
    // The words are split over two sentences.
    'Leverantören ska ha rutiner. Föräldraledighet regleras i lag.',
    'The Contractor shall have routines! Parental leave is regulated by law.',
    'Leverantören ska ha rutiner; Föräldraledighet regleras i lag.',
  ],
});

evidenceTester('list items with their lead-in', parenthood, {
  found: [
    'Leverantören ska ha rutiner för:\n- föräldraledighet\n- arbetsmiljö',
    'Leverantören ska ha:\n- arbetsmiljöpolicy\n- rutiner för föräldraledighet',
    'Följande krav gäller:\n- Rutiner för föräldraledighet finns.',
    'Leverantören ska ha:\n- rutiner för:\n  - föräldraledighet',
    'The Contractor shall maintain procedures for:\n- parental leave',
    'Leverantören ska ha rutiner för:\n• föräldraledighet',
  ],
  missed: [
    // A lead-in without ':' governs nothing.
    'Leverantören ska ha rutiner.\n- föräldraledighet',
    // A heading between the lead-in and the list resets it.
    'Leverantören ska ha rutiner för:\n# Bilagor\n- föräldraledighet',
    // Sibling items do not share words.
    'Leverantören ska ha:\n- rutiner för arbetsmiljö\n- föräldraledighet',
    // A lead-in that obliges nobody.
    'Kontaktuppgifter:\n- rutiner för föräldraledighet',
    // Advice, whose item names the supplier only in a that-clause.
    'Överväg följande typer av krav:\n1. villkor om att leverantören ska ha rutiner för föräldraledighet,',
  ],
});

evidenceTester('a paragraph left unfinished leads into the list or table that finishes it', parenthood, {
  found: [
    // A form the tenderer signs: the rows are what it certifies, whatever verb they hold.
    'Vi intygar på heder och samvete att\n| Nr | Intyg |\n| C4 | de anställda kan kombinera arbetet med ' +
      'föräldraskap, och att vi har rutiner för föräldraledighet. |',
    'The Contractor shall ensure that\n- staff can take parental leave under a written procedure',
    'Det innebär att Leverantören fortlöpande ska\n- ha rutiner för föräldraledighet',
    // A finished paragraph that points ahead leads in as one ending in ':' does.
    'Anbudsgivaren ska beskriva följande. Varje del poängsätts enligt tabellen nedan.\n| Del | Beskrivning |\n' +
      '| C4 | Hur rutinerna för föräldraledighet tillämpas |',
    'The Contractor shall maintain the procedures set out below.\n- parental leave',
    // A paragraph with no mark at its end runs on into the list.
    'Leverantören ska ha rutiner för de anställda som\n- tar ut föräldraledighet',
    // A paragraph that points ahead anywhere in it, right before the table.
    'Bidders must report against each of the following metrics. They form part of the Contract.\n' +
      '| Ref | Metric |\n| M1 | Parental leave procedures in place |',
  ],
  missed: [
    // A finished sentence governs nothing.
    'Vi har tagit fram en mall.\n| Nr | Intyg |\n| C4 | de anställda kan ta ut föräldraledighet enligt våra rutiner |',
    // An unfinished paragraph that obliges no one.
    'Kommunen beskriver nedan hur det går till att\n- ha rutiner för föräldraledighet',
    // A motion proposes; the items and the paragraph that ends its sentence are proposed too.
    'Ledamoten har i en motion föreslagit att leverantörerna\n- har rutiner för föräldraledighet\n\n' +
      'samt att kraven ska gälla som rutiner för föräldraledighet.',
    // A paragraph that points ahead, but a heading stands between it and the table.
    'Bidders must report against the following metrics.\n# Metrics\n| Ref | Metric |\n| M1 | Parental leave |',
  ],
});

evidenceTester('a heading leads into the list right after it', parenthood, {
  found: ['# Utföraren ska därför\n- ha rutiner för föräldraledighet'],
  // A heading that obliges no one.
  missed: ['# Bakgrund\n- rutiner för föräldraledighet'],
});

evidenceTester('plain paragraphs after a paragraph ending in ":", as a PDF gives a table', parenthood, {
  found: ['Följande villkor gäller för personalen:\nNr\na\nRutiner för föräldraledighet finns.\nIntyg'],
  missed: [
    // The introduction obliges no one.
    'Kontaktuppgifter:\nAnna Svensson\nRutiner för föräldraledighet finns.',
    // A numbered clause starts a text of its own.
    'Följande villkor gäller för personalen:\n4.3 Rutiner för föräldraledighet finns.',
  ],
});

evidenceTester('table rows with their header and introduction', parenthood, {
  found: [
    '| Krav | Svar |\n|---|---|\n| Rutiner för föräldraledighet | Ja |',
    'Leverantören ska uppfylla följande:\n| Område | Beskrivning |\n| Föräldraledighet | Rutiner finns |',
    '| Rutiner | Kommentar |\n| Föräldraledighet ska hanteras | - |',
    '| Requirement | Answer |\n| Parental leave procedures | Yes |',
  ],
  missed: [
    '| Område | Beskrivning |\n| Föräldraledighet | Rutiner finns |',
    '| Krav | Svar |\n| Rutiner | Ja |\n| Föräldraledighet | Ja |',
  ],
});

evidenceTester('requirement context and negation', parenthood, {
  found: [
    'Anbudsgivaren ska bifoga rutiner för föräldraledighet.',
    'Det åligger leverantören att ha rutiner för föräldraledighet.',
    'Leverantören ansvarar för att det finns rutiner för föräldraledighet.',
    'Redovisa era rutiner för föräldraledighet.',
    'Tenderers must describe their parental leave policy.',
    'The Contractor will maintain a parental leave policy.',
    'Rutiner för föräldraledighet ges 10 poäng.',
  ],
  missed: [
    'Kontaktpersonen är föräldraledig enligt våra rutiner.',
    'Myndigheten har rutiner för föräldraledighet.',
    'Leverantören behöver inte redovisa rutiner för föräldraledighet.',
    'Rutiner för föräldraledighet krävs inte.',
    'Leverantören ska inte behöva visa rutiner för föräldraledighet.',
    'Tenderers need not describe their parental leave policy.',
    'The Contractor is not required to have a parental leave policy.',
    'Leverantören ska ha:\n- rutiner för föräldraledighet som inte behöver redovisas',
    '# Rutiner för föräldraledighet ska finnas',
  ],
});

evidenceTester('a `not` concept vetoes the unit', parenthood, {
  found: ['Leverantören ska ha rutiner för föräldraledighet. Kontaktpersonen heter Eva.'],
  missed: [
    'Leverantören ska ange en kontaktperson för rutiner vid föräldraledighet.',
    'Leverantören ska ha:\n- en kontaktperson\n- rutiner för föräldraledighet, som kontaktpersonen ansvarar för',
  ],
});

evidenceTester(
  '`context: any` takes statements about the supplier or the contract too',
  { ...parenthood, context: 'any' },
  {
    found: ['Leverantören har rutiner för föräldraledighet.', 'Rutiner för föräldraledighet finns i avtalet.'],
    missed: [
      'Rutiner finns. Föräldraledighet beviljas.',
      // The authority's own routines, and a heading, say nothing of the supplier.
      'Myndigheten har rutiner för föräldraledighet.',
      '# Rutiner för föräldraledighet',
    ],
  },
);

describe('the hit', () => {
  test('is the first in document order and quotes the unit as written', () => {
    const text =
      'Inledning.\nLeverantören ska ha en Policy för föräldra\u00adledighet.\nLeverantören ska ha rutiner för ' +
      'föräldraledighet.';
    expect(find(parenthood, text)).toBe('Leverantören ska ha en Policy för föräldraledighet.');
  });

  test('points at the block of the matching cell in a table row', () => {
    const cell = (text: string, row: number, col: number, block: number): Block => ({
      text,
      kind: 'table-cell',
      headingPath: ['4 Krav'],
      table: { id: 1, row, col },
      loc: { block },
    });
    const blocks = [
      cell('Krav', 1, 1, 1),
      cell('Svar', 1, 2, 2),
      cell('Nr 4', 2, 1, 3),
      cell('Rutiner för föräldraledighet', 2, 2, 4),
    ];
    const session = newSession();
    const hit = session.find(session.prepare(blocks, { tender: true }), session.compile(parenthood));
    expect(hit?.block.loc.block).toBe(4);
    expect(hit?.unit).toBe('Nr 4 | Rutiner för föräldraledighet');
  });
});

/** Lines of a plain-text example. */
const lines = (...text: string[]): string => text.join('\n');

evidenceTester('a lettered paragraph that leads into a list, as plain text and PDF give it', parenthood, {
  found: [
    lines(
      '(a) Kommunen har satt upp ett mål.',
      '(b) Leverantören ska som minimum ha:',
      '1. en skriftlig rutin för föräldraledighet;',
      '2. en plan för kompetensutveckling.',
    ),
    lines(
      '(a) The Council has set a goal.',
      '(b) The Contractor shall, at a minimum, keep:',
      '1. a written procedure for parental leave;',
      '2. a training plan.',
    ),
    lines(
      '(a) Kommunen har satt upp ett mål.',
      '(b) Leverantören ska som minimum ha:',
      '(1) en skriftlig rutin för föräldraledighet;',
      '(2) en plan för kompetensutveckling.',
    ),
    lines(
      '(a) The Council has set a goal.',
      '(b) The Contractor shall, at a minimum, keep:',
      '(1) a written procedure for parental leave;',
      '(2) a training plan.',
    ),
  ],
  missed: [
    // A lettered paragraph that does not lead in leaves the list after it on its own.
    lines(
      '(a) Kommunen har satt upp ett mål.',
      '(b) Leverantören ska rapportera varje år.',
      '(1) en skriftlig rutin för föräldraledighet;',
    ),
    lines(
      '(a) The Council has set a goal.',
      '(b) The Contractor shall report each year.',
      '(1) a written procedure for parental leave;',
    ),
  ],
});

evidenceTester(
  'a row of an award criteria table is evaluated: it asks the tenderer',
  { all: [{ sv: ['könsfördelning*'], en: ['gender balance'] }] },
  {
    found: [
      '| Kriterium | Viktning |\n|---|---|\n| Pris | 60 % |\n| Jämn könsfördelning i teamet | 10 % |',
      '| Criterion | Weighting |\n|---|---|\n| Price | 60% |\n| Gender balance of the team | 10% |',
    ],
    missed: [
      '| Kriterium | Kommentar |\n|---|---|\n| Pris | Fast pris |\n| Jämn könsfördelning i teamet | Se avsnitt 5 |',
      '| Criterion | Comment |\n|---|---|\n| Price | Fixed |\n| Gender balance of the team | See section 5 |',
    ],
  },
);

/** A table of coded rows with no duty word, under a heading of its own. */
const kpiTable = (...rows: string[]): string =>
  lines('## Nyckeltal', '', '| Kod | Beskrivning |', '|---|---|', ...rows.map((r) => `| ${r} |`));
const kpiSchedule = (...rows: string[]): string =>
  lines('## Schedule', '', '| KPI | Measure | Target |', '|---|---|---|', ...rows.map((r) => `| ${r} |`));

/** "Table 2" with a caption above a KPI table, after the sentence given. */
const captionedTable = (sentence: string): string =>
  lines(
    sentence,
    '',
    'Table 2: Workforce KPIs',
    '',
    '| KPI | Measure |',
    '|---|---|',
    '| E5 | Parental leave procedures in place |',
  );

/** The same table as text from a PDF: caption, header and rows run into one paragraph. */
const flattenedTable = (sentence: string): string =>
  lines(sentence, '', 'Table 2: Workforce KPIs KPI Measure E5 Parental leave procedures in place E6 Apprentices 6');

evidenceTester('a coded row binds as a sentence naming its code binds the supplier', parenthood, {
  found: [
    lines(
      'Leverantören ska uppfylla kraven K1–K6 i tabellen.',
      '',
      kpiTable('K1 | Rutiner för föräldraledighet finns', 'K2 | Lönekartläggning görs årligen'),
    ),
    lines(
      kpiTable('K1 | Lönekartläggning görs årligen', 'K2 | Rutiner för föräldraledighet finns'),
      '',
      '## Uppföljning',
      'Leverantören ska redovisa K2 vid startmötet.',
    ),
    lines(
      'E.5.1 The Contractor shall submit the Annual Report covering KPIs W1 to W4 by 31 March each year.',
      '',
      kpiSchedule(
        'W1 Workforce composition | Women and men among operators | Report',
        'W2 Parental leave | Procedures in place | 100%',
      ),
    ),
    lines(
      'The Contractor shall meet SV-KPI-1 to SV-KPI-3.',
      '',
      '## Indicators',
      '- SV-KPI-2 Parental leave procedures in place',
    ),
    lines(
      'Kraven K1-K3 ska uppfyllas under hela avtalstiden.',
      '',
      '## Krav',
      '- a) K3 Rutiner för föräldraledighet finns',
    ),
    // A row binds as a sentence naming its table by the caption above it.
    captionedTable('3.1 The Contractor shall meet the targets in Table 2.'),
    // So does a table whose rows a PDF's text ran into its caption's paragraph.
    flattenedTable('3.1 The Contractor shall meet the targets in Table 2.'),
  ],
  missed: [
    // The sentence names another table.
    captionedTable('3.1 The Contractor shall meet the targets in Table 1.'),
    flattenedTable('3.1 The Contractor shall meet the targets in Table 1.'),
    // No sentence names the codes.
    kpiTable('K1 | Rutiner för föräldraledighet finns', 'K2 | Lönekartläggning görs årligen'),
    kpiSchedule(
      'W1 Workforce composition | Women and men among operators | Report',
      'W2 Parental leave | Procedures in place | 100%',
    ),
    // A sentence names them, but binds the authority, not the supplier.
    lines(
      'Kommunen följer upp K1–K4 varje år.',
      '',
      kpiTable('K1 | Rutiner för föräldraledighet finns', 'K2 | Lönekartläggning görs årligen'),
    ),
    lines(
      'The City reviews W1 to W4 at the annual performance meeting.',
      '',
      kpiSchedule(
        'W1 Workforce composition | Women and men among operators | Report',
        'W2 Parental leave | Procedures in place | 100%',
      ),
    ),
    // The binding sentence names other codes.
    lines(
      'Leverantören ska uppfylla kraven K3–K6 i tabellen.',
      '',
      kpiTable('K1 | Rutiner för föräldraledighet finns', 'K2 | Lönekartläggning görs årligen'),
    ),
    // A row that binds someone else by its own words stays so.
    lines(
      'Leverantören ska uppfylla kraven K1–K6 i tabellen.',
      '',
      kpiTable('K1 | Kommunen ska ta fram rutiner för föräldraledighet'),
    ),
  ],
});

describe('what binds a coded row', () => {
  test('the explanation quotes the sentence naming the code', () => {
    const session = newSession();
    const text = lines(
      'E.5.1 The Contractor shall submit the Annual Report covering KPIs W1 to W4 by 31 March each year.',
      '',
      kpiSchedule(
        'W1 Workforce composition | Women and men | Report',
        'W2 Parental leave | Procedures in place | 100%',
      ),
    );
    const hit = session.find(session.prepare(exampleBlocks(text), { tender: true }), session.compile(parenthood));
    expect(hit?.unit).toBe('W2 Parental leave | Procedures in place | 100%');
    expect(hit?.party).toBe('supplier');
    expect(hit?.trigger).toBe(
      'shall: E.5.1 The Contractor shall submit the Annual Report covering KPIs W1 to W4 by 31 March each year.',
    );
  });
});
