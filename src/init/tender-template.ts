// The example tender.yaml that `jamkrav init` writes: valid against rules/schema/tender.schema.json.
import type { Lang } from '../types.js';

/** tender.yaml in each language. */
export const TENDER_TEMPLATE: Record<Lang, string> = {
  sv: `# tender.yaml: metadata för en upphandling (schema: rules/schema/tender.schema.json i jamkrav).
# Varje fält blir en platshållare i kravtexter och mallar, t.ex. {{tender.title}}.
# Använd: jamkrav generate --meta tender.yaml -o bilaga.docx
tender:
  title: Hemtjänst i Exempelby kommun 2027
  reference: KS 2026/0412
  # Dokumentets datum ÅÅÅÅ-MM-DD (--date går före; utan datum används SOURCE_DATE_EPOCH).
  date: "2026-09-01"
  # services (tjänster), goods (varor) eller works (byggentreprenad).
  type: services
  description: Hemtjänst enligt socialtjänstlagen i hela kommunen.
authority:
  name: Exempelby kommun
  contact: Upphandlingsenheten, upphandling@exempelby.se
# Egna fält, som {{fields.avtalstid}} i en egen mall.
fields:
  avtalstid: 2 år med möjlighet till förlängning 2 × 1 år
`,
  en: `# tender.yaml: metadata for one tender (schema: rules/schema/tender.schema.json in jamkrav).
# Every field is a placeholder in clauses and templates, e.g. {{tender.title}}.
# Use: jamkrav generate --meta tender.yaml -o appendix.docx
tender:
  title: Home care services in Exampleton 2027
  reference: KS 2026/0412
  # The document's date YYYY-MM-DD (--date wins; without a date SOURCE_DATE_EPOCH is used).
  date: "2026-09-01"
  # services, goods or works.
  type: services
  description: Home care under the Social Services Act across the municipality.
authority:
  name: Exampleton Municipality
  contact: Procurement unit, procurement@exampleton.example
# Your own fields, as {{fields.term}} in your own template.
fields:
  term: 2 years with an option to extend 2 × 1 year
`,
};
