// The outputs beside the appendix, as an officer uses them: the answer form, the follow-up plan
// and the annex for the authority, from the command line and in every format.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, readAnswerForm } from '../../src/generate/index.js';
import { occasionsOf } from '../../src/generate/followup-plan.js';
import { catalogue, meta } from '../fixtures/generate/catalogue.js';
import { docxText, squash } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/jamkrav.js');
const pack = join(root, 'test/fixtures/generate/test-pack.yaml');
const text = (data: Uint8Array) => Buffer.from(data).toString('utf8');

beforeAll(() => {
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
}, 120_000);

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', SOURCE_DATE_EPOCH: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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

  it('is one schedule in every format: start-up meeting, yearly review, end of contract, who on each side', async () => {
    const md = text((await generate({ catalogue, meta, format: 'md' })).data);
    expect(md).toContain('## Uppföljningsplan');
    expect(md).toContain('| Tillfälle | Leverantören redovisar och lämnar in | Beställaren kontrollerar |');
    expect(md).toMatch(
      /\| \*\*Uppstartsmöte\*\*<br>Vid avtalets start\.<br>\*Ansvarig hos leverantören:\* leverantörens avtalsansvariga<br>\*Ansvarig hos beställaren:\* Avtalsansvarig/,
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
      "Responsible for the supplier: the supplier's contract manager. Responsible for the authority: Contract manager.",
    );
  });
});

describe('the annex for the authority', () => {
  it('gives each clause its basis, rationale and lawful kind, the checklist, the eForms fields and evaluator instructions', async () => {
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
      /\| BT-777 \| .* \| `Upphandlingen innehåller krav för jämställdhet mellan kvinnor och män: .*Jämn könsfördelning i uppdragsteamet/,
    );
    expect(annex).toContain('## Instruktioner till utvärderarna');
    expect(annex).toContain('- **Bedömningsgrund:** 10 poäng vid 40–60 procent, annars 0.');
    // …and none of it is in the supplier's appendix.
    expect(text(r.data)).not.toContain('Motiv.');
    expect(text(r.data)).not.toContain('BT-775');
  });

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

describe('jamkrav generate --answer-form --annex', () => {
  it('writes all three files, and the form reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-outputs-'));
    const r = run(
      [
        'generate',
        '--pack',
        pack,
        '-o',
        'bilaga.docx',
        '--answer-form',
        'svar.docx',
        '--annex',
        'myndighet.md',
        '--date',
        '2026-05-01',
      ],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('jamkrav: skrev svarsformuläret svar.docx');
    expect(r.stderr).toContain('jamkrav: skrev bilagan för myndigheten myndighet.md');
    const form = readAnswerForm(new Uint8Array(readFileSync(join(dir, 'svar.docx'))), 'svar.docx', 'sv');
    expect(form.rules).toEqual(['test.competence', 'test.users', 'test.team', 'test.harassment']);
    expect(readFileSync(join(dir, 'myndighet.md'), 'utf8')).toContain('## Checklista för den upphandlande myndigheten');
  });

  it('writes nothing when one output exists or two outputs are the same file: one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jamkrav-outputs-'));
    writeFileSync(join(dir, 'svar.docx'), 'the supplier answered already');
    const r = run(['generate', '--pack', pack, '-o', 'bilaga.docx', '--answer-form', 'svar.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jamkrav: svar.docx: filen finns redan; använd --force för att skriva över den\n');
    expect(existsSync(join(dir, 'bilaga.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'svar.docx'), 'utf8')).toBe('the supplier answered already');
    const same = run(['generate', '--pack', pack, '-o', 'x.docx', '--annex', './x.docx'], dir);
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('jamkrav: ./x.docx: samma fil anges för -o och --annex; ge varje utdata en egen fil\n');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
