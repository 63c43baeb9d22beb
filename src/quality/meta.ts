// The writing-quality rules as formatters describe them (SARIF rule metadata, JUnit case names):
// one entry per word of the language packs and per check of the weak pack, plain data in both languages.
import { fmt } from '../i18n.js';
import type { QualityRule, Text } from '../types.js';
import type { LanguagePack, LanguageRule } from './types.js';
import type { WeakPack } from './weak/index.js';

const M = {
  replace: { sv: 'Undvik ”{form}”; skriv ”{to}”', en: 'Avoid "{form}"; write "{to}"' },
  avoid: { sv: 'Undvik ”{form}”', en: 'Avoid "{form}"' },
  source: { sv: 'Källa: {title} ({url})', en: 'Source: {title} ({url})' },
} satisfies Record<string, Text>;

function languageRule(pack: LanguagePack, rule: LanguageRule): QualityRule {
  const [form, to] = Object.entries(rule.forms)[0] ?? [rule.id, null];
  const text = (lang: 'sv' | 'en') => {
    const title = to ? fmt(lang, M.replace, { form, to }) : fmt(lang, M.avoid, { form });
    const help = [rule.reason[lang], rule.advice?.[lang], fmt(lang, M.source, rule.source)].filter(Boolean).join(' ');
    return { title, help };
  };
  const sv = text('sv');
  const en = text('en');
  return {
    id: rule.id,
    kind: 'language',
    pack: pack.id,
    title: { sv: sv.title, en: en.title },
    help: { sv: sv.help, en: en.help },
    severity: rule.severity,
    source: rule.source,
  };
}

/** Every rule of `packs`, then every check of the weak pack (if any), in pack order then check order. */
export function qualityRules(packs: readonly LanguagePack[], weakPack?: WeakPack | null): QualityRule[] {
  const weak = weakPack
    ? weakPack.checks.map(
        (c): QualityRule => ({
          id: c.id,
          kind: 'weak',
          pack: weakPack.id,
          title: c.title,
          help: c.help,
          severity: c.severity,
        }),
      )
    : [];
  return [...packs.flatMap((p) => p.rules.map((r) => languageRule(p, r))), ...weak];
}
