// The outputs beside the appendix, as an officer uses them: the answer form, the follow-up plan
// and the annex for the authority, in every format (from the command line: outputs.e2e.test.ts).
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate/index.js';
import { occasionsOf } from '../../src/generate/followup-plan.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { docxText, squash } from './helpers.js';
import { regex } from '../regex.js';

const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');

describe('the follow-up plan', () => {
  it('places each clause at the occasions its follow-up names, in either language', () => {
    const t = (sv: string, en: string) => ({
      check: { sv: '', en: '' },
      proof: { sv: '', en: '' },
      who: { sv: '', en: '' },
      when: { sv, en },
    });
    expect(
      occasionsOf(
        t(
          'Vid uppstartsmötet och därefter vid årlig avtalsuppföljning.',
          'At the start-up meeting and then at the yearly contract review.',
        ),
      ),
    ).toEqual(['start-up', 'yearly']);
    expect(
      occasionsOf(
        t(
          'Sex månader efter avtalsstart och därefter vid årlig avtalsuppföljning.',
          'Six months after the start of the contract and then at the yearly contract review.',
        ),
      ),
    ).toEqual(['half-yearly', 'yearly']);
    expect(
      occasionsOf(
        t(
          'Vid varje ny underleverantör och vid årlig avtalsuppföljning.',
          'Whenever a subcontractor is added and at the yearly contract review.',
        ),
      ),
    ).toEqual(['yearly', 'ongoing']);
    expect(occasionsOf(t('Årligen, och vid avtalets slut.', 'Yearly, and at the end of the contract.'))).toEqual([
      'yearly',
      'end',
    ]);
    expect(occasionsOf(t('Enligt överenskommelse.', 'As agreed.'))).toEqual(['yearly']);
  });

  it(
    'is one schedule in every format: start-up meeting, ' + 'yearly review, end of contract, who on each side',
    async () => {
      const md = text((await generate({ catalogue, meta, format: 'md' })).data);
      expect(md).toContain('## Uppföljningsplan');
      expect(md).toContain('| Tillfälle | Leverantören redovisar och lämnar in | Beställaren kontrollerar |');
      expect(md).toMatch(
        regex(
          /\| \*\*Uppstartsmöte\*\*<br>Vid avtalets start\.<br>/,
          /\*Ansvarig hos leverantören:\* leverantörens avtalsansvariga<br>/,
          /\*Ansvarig hos beställaren:\* Avtalsansvarig/,
        ),
      );
      expect(md).toContain('Krav 1 [test.competence]: Skriftlig redovisning');
      expect(md).toMatch(/\*\*Avtalets slut\*\*/);
      expect(md).not.toMatch(/\| När \|/); // no date per clause any more

      const json = JSON.parse(text((await generate({ catalogue, meta, format: 'json', lang: 'en' })).data));
      expect(json.followUpPlan.map((o: { occasion: string }) => o.occasion)).toEqual(['start-up', 'yearly', 'end']);
      expect(json.followUpPlan[0]).toMatchObject({
        title: 'Start-up meeting',
        responsible: { supplier: "the supplier's contract manager", authority: 'Contract manager' },
      });
      expect(json.followUpPlan[1].items.map((i: { id: string }) => i.id)).toEqual([
        'test.competence',
        'test.users',
        'test.team',
        'test.harassment',
      ]);

      const docx = squash(docxText((await generate({ catalogue, meta, lang: 'en' })).data));
      expect(docx).toContain('Follow-up plan');
      expect(docx).toContain('The supplier reports and hands in The authority checks');
      expect(docx).toContain('Yearly contract review. Once every contract year.');
      expect(docx).toContain(
        "Responsible for the supplier: the supplier's contract manager. Responsible for the authority: Contract " +
          'manager.',
      );
    },
  );
});

describe('the annex for the authority', () => {
  it(
    'gives each clause its basis, rationale and lawful kind, the checklist, the eForms fields and evaluator ' +
      'instructions',
    async () => {
      const r = await generate({ catalogue, meta, annex: 'md', format: 'md' });
      const annex = text(r.annex!);
      expect(annex).toContain('*Bilaga för den upphandlande myndigheten: motiv och underlag*');
      expect(annex).toContain('### Utvärderingskriterium 3: Jämn könsfördelning i uppdragsteamet [test.team]');
      expect(annex).toContain('- **Kravtyp:** Tilldelningskriterium');
      expect(annex).toContain('- **Rättslig grund:** DiskrL 3 kap. 5 §');
      expect(annex).toContain('**Motiv:** Motiv.');
      expect(annex).toContain('**Varför kravtypen är tillåten:** Tilldelningskriterier ska ha anknytning');
      expect(annex).toContain('- [ ] **Utbildning av upphandlare** [test.training]');
      expect(annex).toContain('| BT-775 | Socialt hållbar upphandling | `gen-eq` |');
      expect(annex).toContain('| BT-06 | Strategisk upphandling | `soc-obj` |');
      expect(annex).toMatch(
        regex(
          /\| BT-777 \| .* \| `Upphandlingen innehåller krav för jämställdhet mellan kvinnor och män: /,
          /.*Jämn könsfördelning i uppdragsteamet/,
        ),
      );
      expect(annex).toContain('## Instruktioner till utvärderarna');
      expect(annex).toContain('- **Bedömningsgrund:** 10 poäng vid 40–60 procent, annars 0.');
      // …and none of it is in the supplier's appendix.
      expect(text(r.data)).not.toContain('Motiv.');
      expect(text(r.data)).not.toContain('BT-775');
    },
  );

  it('is a DOCX too, in English, with the same content', async () => {
    const r = await generate({ catalogue, meta, lang: 'en', annex: 'docx' });
    const annex = squash(docxText(r.annex!));
    expect(annex).toContain('Annex for the contracting authority: reasons and records');
    expect(annex).toContain('Why the kind is lawful: Special contract conditions must be linked');
    expect(annex).toContain('☐ Training of procurement staff [test.training]');
    expect(annex).toContain('BT-06 Strategic procurement soc-obj');
    expect(annex).toContain('Luleå kommun · KS 2026/0042'); // header filled like the appendix's
  });
});
