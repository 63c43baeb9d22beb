// HTML escaping and safe fragment ids: every text from documents, paths and packs passes here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for element content and double- or single-quoted attribute values alike, so
 * callers never have to pick the right escaper for the destination.
 */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A fragment id for a rule: the rule id itself when it is plain (the schema's ids always are),
 * else a positional fallback, so a hostile id can never break an `href` or a selector.
 */
export function ruleAnchor(ruleId: string, index: number): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ruleId) ? ruleId : `rule${index + 1}`;
}
