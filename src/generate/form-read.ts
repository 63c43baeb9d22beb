// Reads a filled answer form back: every field by its stable key, whichever editor saved it.
// Word keeps the content controls' tags; LibreOffice 7.4 drops tags but keeps the bookmarks
// around the controls; and should both be lost, a row still names its rule as `[rule.id]`, so
// its tick box and text fields are taken in column order. Each value says which of the three
// found it. The controls themselves are walked in form-controls.ts. Used by `evaluate` and the
// round-trip test.
import { UserError } from '../errors.js';
import { fmt } from '../i18n.js';
import type { Lang, Text } from '../types.js';
import { type Leaf, leafValue, leavesOf } from './form-controls.js';
import { FORM_PROPERTIES, parseBookmark, parseTag } from './form-keys.js';
import type { FormField, KeyRef, TendererField } from './form-keys.js';
import { openDocx } from './package.js';

/** How a field was found: by its content control's tag, its bookmark, or its place in the row. */
export type FoundBy = 'tag' | 'bookmark' | 'row';

/** One requirement's answers. */
export interface FormAnswer {
  ruleId: string;
  /** Ticked, not ticked, or null when the tick box was not found. */
  accepted: boolean | null;
  answer: string;
  attachment: string;
  foundBy: Partial<Record<FormField, FoundBy>>;
}

/** A whole form as read. */
export interface FormReading {
  /** Document properties: the form version, language, level, packs (`id@version`), rule ids. */
  version: string | undefined;
  lang: string | undefined;
  level: string | undefined;
  packs: string[];
  rules: string[];
  reference: string | undefined;
  tenderer: Record<TendererField, string>;
  /** In requirement-number order (the order of `rules`), then any others found. */
  answers: FormAnswer[];
  /** Every value by its key (`jamkrav:diskrl3.pay:answer`, `jamkrav:tenderer:name`). */
  values: Map<string, string | boolean>;
}

const MSG = {
  notForm: {
    sv: 'är inget svarsformulär från jamkrav (inga fält med nycklar jamkrav:…)',
    en: 'is no jamkrav answer form (no fields with jamkrav:… keys)',
  },
} as const satisfies Record<string, Text>;

function customProperties(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<property\b[^>]*\bname="([^"]*)"[^>]*>\s*<vt:\w+>([^<]*)<\/vt:\w+>/g)) {
    out.set(decode(m[1]!), decode(m[2]!));
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e]!;
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * Reads an answer form. Throws UserError for a file that is no DOCX, or no jamkrav answer form.
 * `lang` is the language of those messages.
 */
export function readAnswerForm(data: Uint8Array, file: string, lang: Lang): FormReading {
  const pkg = openDocx(data, file, lang);
  const props = customProperties(pkg.text('docProps/custom.xml'));
  const list = (name: string) => (props.get(name) ?? '').split(/\s+/).filter(Boolean);
  const rules = list(FORM_PROPERTIES.rules);
  const leaves = leavesOf(pkg.text(pkg.mainPart()!)!, file, lang);

  const values = new Map<string, string | boolean>();
  const foundBy = new Map<string, FoundBy>();
  const keyOf = (ref: KeyRef): string | undefined => {
    if (ref.kind === 'tenderer') return `jamkrav:tenderer:${ref.field}`;
    const ruleId = ref.kind === 'rule' ? ref.ruleId : rules[ref.number - 1];
    return ruleId === undefined ? undefined : `jamkrav:${ruleId}:${ref.field}`;
  };
  const put = (key: string, leaf: Leaf, by: FoundBy) => {
    if (values.has(key)) return;
    values.set(key, leafValue(leaf));
    foundBy.set(key, by);
  };

  const unkeyed: Leaf[] = [];
  for (const leaf of leaves) {
    const tagRef = leaf.tag !== undefined ? parseTag(leaf.tag) : undefined;
    const tagKey = tagRef && keyOf(tagRef);
    if (tagKey) {
      put(tagKey, leaf, 'tag');
      continue;
    }
    const bmKey = leaf.bookmarks
      .map(parseBookmark)
      .map((r) => r && keyOf(r))
      .find((k) => k !== undefined);
    if (bmKey) put(bmKey, leaf, 'bookmark');
    else unkeyed.push(leaf);
  }
  // Last resort: a row that names its rule as [rule.id] gives its tick box and text fields in order.
  const known = new Set([...rules, ...[...values.keys()].map((k) => k.split(':')[1]!)]);
  for (const leaf of unkeyed) {
    const r = leaf.row;
    if (!r) continue;
    const ruleId = [...r.text.matchAll(/\[([a-z0-9]+\.[a-z0-9-]+)\]/g)].map((m) => m[1]!).find((id) => known.has(id));
    if (!ruleId) continue;
    const texts = r.leaves.filter((l) => l.checkbox === undefined);
    const field: FormField | undefined =
      leaf.checkbox !== undefined
        ? 'accepted'
        : texts.indexOf(leaf) === 0
          ? 'answer'
          : texts.indexOf(leaf) === 1
            ? 'attachment'
            : undefined;
    if (field) put(`jamkrav:${ruleId}:${field}`, leaf, 'row');
  }
  if (values.size === 0) throw new UserError(file, fmt(lang, MSG.notForm));

  const ids = [...rules];
  for (const key of values.keys()) {
    const id = key.split(':')[1]!;
    if (id !== 'tenderer' && !ids.includes(id)) ids.push(id);
  }
  const text = (key: string) => {
    const v = values.get(key);
    return typeof v === 'string' ? v : '';
  };
  const answers = ids.map((ruleId): FormAnswer => {
    const accepted = values.get(`jamkrav:${ruleId}:accepted`);
    const by: Partial<Record<FormField, FoundBy>> = {};
    for (const f of ['accepted', 'answer', 'attachment'] as const) {
      const b = foundBy.get(`jamkrav:${ruleId}:${f}`);
      if (b) by[f] = b;
    }
    return {
      ruleId,
      accepted: typeof accepted === 'boolean' ? accepted : null,
      answer: text(`jamkrav:${ruleId}:answer`),
      attachment: text(`jamkrav:${ruleId}:attachment`),
      foundBy: by,
    };
  });
  return {
    version: props.get(FORM_PROPERTIES.form),
    lang: props.get(FORM_PROPERTIES.lang),
    level: props.get(FORM_PROPERTIES.level),
    packs: list(FORM_PROPERTIES.packs),
    rules,
    reference: props.get(FORM_PROPERTIES.reference),
    tenderer: { name: text('jamkrav:tenderer:name'), 'org-number': text('jamkrav:tenderer:org-number') },
    answers,
    values,
  };
}
