// The words the `weak` checks look for, in Swedish and English. Term syntax as for evidence
// (src/match/README.md): a word matches its inflections, `*` at the end or start matches compounds;
// words of a multi-word term match in order with at most two other words between them.
import type { Lang, Severity, Text } from '../types.js';

export interface WeakTerms {
  /** A wish rather than a duty: "bör", "gärna", "om möjligt". */
  wish: string[];
  /** A duty that outweighs a wish word in the same unit: "ska", "måste". */
  duty: string[];
  /** Something the supplier hands in or shows: "redovisa", "intyg", "på begäran". */
  verification: string[];
  /** An award or evaluation context: "poäng", "tilldelningskriterium", "mervärde". */
  award: string[];
  /** The supplier as a whole rather than this contract: "företagets", "koncernen", "policy". */
  corporate: string[];
  /** What limits a demand to this contract: "personal som utför uppdraget", "under avtalstiden". */
  contract: string[];
  /** Planned follow-up during the contract: "uppföljning", "rapportera", "follow-up". */
  followUp: string[];
}

export const WEAK_TERMS: Record<Lang, WeakTerms> = {
  sv: {
    wish: ['bör', 'gärna', 'om möjligt', 'möjligaste mån', 'så långt möjligt', 'önskvärt', 'önskas', 'önskemål', 'helst', 'uppmuntras', 'rekommenderas', 'med fördel'],
    duty: ['ska', 'skall', 'måste', 'krävs', 'åligger', 'förbinder sig', 'åtar sig'],
    verification: [
      'redovisa*', 'bifoga*', 'intyg*', 'uppvisa*', 'visa upp', 'styrka', 'styrkas', 'dokumentation*', 'på begäran',
      'begäran', 'lämna in', 'inlämna*', 'skicka in', 'beskriv*', 'ange', 'anges', 'bilaga*', 'cv', 'certifikat*',
      'sanningsförsäkran', 'egenförsäkran', 'underlag*', 'verifi*', 'kontroll*', 'handling*', 'rutinbeskrivning*',
    ],
    award: [
      'poäng*', '*poäng', 'tilldelning*', 'utvärdering*', 'utvärderas', 'mervärde*', 'bör-krav', 'börkrav', 'prisavdrag*',
      'viktning*', 'premieras', 'meriterande', 'kvalitetskriteri*',
    ],
    corporate: [
      'företagets', 'företagsövergripande', 'organisationens', 'hela organisationen', 'hela företaget', 'koncern*',
      'bolagets', 'jämställdhetsplan*', 'jämställdhetspolicy*', 'likabehandlingsplan*', 'policy*', '*policy', 'policyn',
      'ledningsgrupp*', 'styrelse*', 'ledande befattning*',
    ],
    contract: [
      'uppdraget', 'uppdragets', 'utför uppdraget', 'i uppdraget', 'avtalstid*', 'under avtalstiden', 'kontraktet',
      'kontraktets', 'detta avtal', 'avtalet', 'avtalets', 'leveransteam*', 'uppdragsteam*', 'projektteam*',
      'offererad*', 'den personal som', 'personal som utför', 'personal som arbetar',
    ],
    followUp: [
      'uppföljning*', '*uppföljning', 'följa upp', 'följas upp', 'följer upp', 'följs upp', 'rapportera*', 'rapport*',
      'redovisa under avtalstiden', 'årlig* redovisning', 'kvartalsvis*', 'avstämning*', 'statusmöte*', 'revision*',
      'granskning*',
    ],
  },
  en: {
    wish: ['should', 'preferably', 'if possible', 'where possible', 'as far as possible', 'ideally', 'encouraged', 'desirable', 'is recommended', 'are recommended', 'may wish'],
    duty: ['shall', 'must', 'is required', 'are required', 'undertakes', 'undertake'],
    verification: [
      'submit*', 'provide evidence', 'evidence', 'on request', 'upon request', 'certificate*', 'certif*', 'declaration*',
      'self-declaration', 'attach*', 'documentation', 'documents', 'describe*', 'description*', 'demonstrat*', 'proof',
      'prove', 'verif*', 'audit*', 'annex*', 'appendix', 'show',
    ],
    award: ['points', 'award criteri*', 'award', 'evaluat*', 'scored', 'scoring', 'score', 'added value', 'weighting', 'assessed'],
    corporate: [
      'company-wide', 'corporate', "company's", "organisation's", "organization's", 'organisation as a whole',
      'organization as a whole', 'whole organisation', 'whole organization', 'group-wide', 'policy', 'policies',
      'equality plan*', 'board', 'senior management', 'management team', 'leadership positions',
    ],
    contract: [
      'assigned to the contract', 'this contract', 'the contract', 'contract staff', 'contract workforce', 'delivery team',
      'project team', 'staff performing', 'staff working on', 'under the contract', 'during the contract',
      'contract period', 'named staff', 'key personnel',
    ],
    followUp: [
      'follow-up', 'follow up', 'followed up', 'monitor*', 'report*', 'review meeting*', 'audit*', 'contract management',
      'quarterly', 'annual* report*',
    ],
  },
};

/** A wish word and the duty word that replaces it in the suggestion. */
export const WISH_REWRITES: Record<string, string> = { bör: 'ska', should: 'shall' };

/** The four checks: their finding rule ids (settable in the config like any rule), severities and titles. */
export const WEAK_CHECKS = {
  wish: {
    id: 'weak.wish',
    severity: 'warning',
    title: { sv: 'Krav formulerat som önskan', en: 'Requirement asked only as a wish' },
    help: {
      sv: 'Ett krav som bara är en önskan (”bör”, ”gärna”, ”om möjligt”) binder inte leverantören och kan varken följas upp eller sanktioneras. Särskilda kontraktsvillkor ska vara bindande (LOU 17 kap. 1 §; direktiv 2014/24/EU art. 70). Skriv ”ska”, eller gör kravet till ett tilldelningskriterium med poäng.',
      en: 'A requirement asked only as a wish ("should", "preferably", "where possible") does not bind the supplier and can be neither followed up nor enforced. Special contract conditions must bind (LOU 17 kap. 1 §; directive 2014/24/EU art. 70). Write "shall", or make it an award criterion with points.',
    },
  },
  verification: {
    id: 'weak.no-verification',
    severity: 'warning',
    title: { sv: 'Krav utan verifikat', en: 'Requirement with no verification' },
    help: {
      sv: 'Ett krav som inte säger vad leverantören ska lämna in eller visa upp kan inte tillämpas lika mot alla anbudsgivare (likabehandling och öppenhet, LOU 4 kap. 1 §; direktiv 2014/24/EU art. 18.1) och inte följas upp. Ange verifikatet, t.ex. ”Leverantören ska på begäran redovisa …”.',
      en: 'A requirement that does not say what the supplier submits or shows cannot be applied equally to all tenderers (equal treatment and transparency, LOU 4 kap. 1 §; directive 2014/24/EU art. 18(1)) nor followed up. State the proof, e.g. "On request, the Supplier shall submit …".',
    },
  },
  corporate: {
    id: 'weak.corporate-policy',
    severity: 'error',
    title: { sv: 'Tilldelningskriterium om allmän företagspolicy', en: 'Award criterion on general corporate policy' },
    help: {
      sv: 'Tilldelningskriterier ska ha anknytning till det som anskaffas (LOU 16 kap.; direktiv 2014/24/EU art. 67.3); skäl 97 utesluter krav på en allmän företagspolicy. Gör det till ett särskilt kontraktsvillkor för den personal som utför uppdraget (art. 70, skäl 98), eller knyt kriteriet till leveransteamet.',
      en: 'Award criteria must be linked to the subject matter of the contract (LOU 16 kap.; directive 2014/24/EU art. 67(3)); recital 97 rules out requirements on general corporate policy. Make it a special contract condition for the staff performing the contract (art. 70, recital 98), or tie the criterion to the delivery team.',
    },
  },
  followUp: {
    id: 'weak.no-follow-up',
    severity: 'warning',
    title: { sv: 'Ingen uppföljning planerad', en: 'No follow-up planned' },
    help: {
      sv: 'Ett särskilt kontraktsvillkor (LOU 17 kap. 1 §; direktiv 2014/24/EU art. 70) som aldrig följs upp ger ingen effekt; enligt CEMR-deklarationens artikel 12 är uppföljningen det som betyder mest. Lägg till vad som följs upp, när, vilket underlag leverantören lämnar och vem som ansvarar.',
      en: 'A special contract condition (LOU 17 kap. 1 §; directive 2014/24/EU art. 70) that is never followed up has no effect; under CEMR Charter article 12 follow-up matters most. Add what is checked, when, what the supplier submits and who is responsible.',
    },
  },
} as const satisfies Record<string, { id: string; severity: Severity; title: Text; help: Text }>;

/** The finding rule ids of the weak checks (`weak.wish` …), in check order. */
export const WEAK_RULE_IDS: readonly string[] = Object.values(WEAK_CHECKS).map((c) => c.id);

/** The prefix of every weak-check id: config and suppressions name `weak.*` like a pack's rules. */
export const WEAK_PREFIX = 'weak';

export type WeakCheck = keyof typeof WEAK_CHECKS;
