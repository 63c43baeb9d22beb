// The stable keys of the supplier answer form, shared by the writer (answer-form.ts) and the
// reader (form-read.ts, and `evaluate` after it). Every field has two names: a content-control
// tag, which Word keeps, and a bookmark around it, which LibreOffice keeps (LibreOffice 7.4
// drops content-control tags when it saves a DOCX). Changing a key breaks every form already
// sent out: add new ones instead, and raise FORM_VERSION only when a key changes meaning.

/** The answer form's format version, in the document property `jamkrav.form`. */
export const FORM_VERSION = '1';

/** The fields of one requirement's row. */
export const FORM_FIELDS = ['accepted', 'answer', 'attachment'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The fields that say who answers. */
export const TENDERER_FIELDS = ['name', 'org-number'] as const;
export type TendererField = (typeof TENDERER_FIELDS)[number];

/** Document-level custom properties (docProps/custom.xml). */
export const FORM_PROPERTIES = {
  form: 'jamkrav.form',
  lang: 'jamkrav.lang',
  level: 'jamkrav.level',
  /** Packs as `id@version`, space-separated. */
  packs: 'jamkrav.packs',
  /** Rule ids in requirement-number order, space-separated: bookmark number n is the n-th. */
  rules: 'jamkrav.rules',
  reference: 'jamkrav.reference',
} as const;

/** `jamkrav:diskrl3.pay:answer`: the key of a field, and its content control's tag. */
export function fieldKey(ruleId: string, field: FormField): string {
  return `jamkrav:${ruleId}:${field}`;
}

/** `jamkrav:tenderer:name`. */
export function tendererKey(field: TendererField): string {
  return `jamkrav:tenderer:${field}`;
}

/** `jamkrav_3_answer`: a bookmark name Word accepts (letters, digits, `_`; at most 40 characters). */
export function fieldBookmark(number: number, field: FormField): string {
  return `jamkrav_${number}_${field}`;
}

/** `jamkrav_tenderer_org_number`. */
export function tendererBookmark(field: TendererField): string {
  return `jamkrav_tenderer_${field.replace(/-/g, '_')}`;
}

/** What a tag or bookmark names: a requirement's field (by rule id or number) or a tenderer field. */
export type KeyRef =
  | { kind: 'rule'; ruleId: string; field: FormField }
  | { kind: 'number'; number: number; field: FormField }
  | { kind: 'tenderer'; field: TendererField };

const isField = (s: string): s is FormField => (FORM_FIELDS as readonly string[]).includes(s);
const isTenderer = (s: string): s is TendererField => (TENDERER_FIELDS as readonly string[]).includes(s);

/** Reads a content-control tag; undefined for anything that is not one of ours. */
export function parseTag(tag: string): KeyRef | undefined {
  const m = /^jamkrav:(.+):([a-z-]+)$/.exec(tag);
  if (!m) return undefined;
  if (m[1] === 'tenderer') return isTenderer(m[2]!) ? { kind: 'tenderer', field: m[2] } : undefined;
  return isField(m[2]!) ? { kind: 'rule', ruleId: m[1]!, field: m[2] } : undefined;
}

/** Reads a bookmark name; undefined for anything that is not one of ours. */
export function parseBookmark(name: string): KeyRef | undefined {
  const t = /^jamkrav_tenderer_([a-z_]+)$/.exec(name);
  if (t) {
    const field = t[1]!.replace(/_/g, '-');
    return isTenderer(field) ? { kind: 'tenderer', field } : undefined;
  }
  const m = /^jamkrav_(\d+)_([a-z]+)$/.exec(name);
  return m && isField(m[2]!) ? { kind: 'number', number: Number(m[1]), field: m[2] } : undefined;
}
