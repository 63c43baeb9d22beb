// The metadata placeholders a clause may use: `{{tender.title}}`, `{{fields.NAME}}` …

/** Every metadata field a placeholder may name (see rules/schema/tender.schema.json). */
export const METADATA_FIELDS = [
  'tender.title',
  'tender.reference',
  'tender.date',
  'tender.type',
  'tender.description',
  'authority.name',
  'authority.contact',
  // Derived from authority.kind: "kommunen"/"kommunens", "regionen"/"regionens" …
  'authority.definite',
  'authority.genitive',
  // The authority's equality objectives (quoted), its programme (KL 5 kap. 3 §) and CEMR action plan.
  'authority.objectives',
  'authority.programme',
  'authority.actionPlan',
  // Derived from tender.procedure: "anbudet" (LOU) or "ansökan" (LOV).
  'tender.submission',
] as const;

export type MetadataField = (typeof METADATA_FIELDS)[number];

/** The placeholders in a text, with their offsets. */
export function placeholdersIn(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const m of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) found.push({ name: m[1]!, index: m.index });
  return found;
}

/** Whether a placeholder names a metadata field (free fields are `fields.NAME`). */
export function isKnownPlaceholder(name: string): boolean {
  return (METADATA_FIELDS as readonly string[]).includes(name) || /^fields\.[A-Za-z][A-Za-z0-9_-]*$/.test(name);
}
