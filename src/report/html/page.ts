// The page shell: document head, a CSP that forbids every load, and the inlined style and script.
import { createHash } from 'node:crypto';
import type { Lang } from '../../types.js';
import { CLIENT_SCRIPT } from './client.js';
import { esc } from './escape.js';
import { STYLES } from './styles.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Nothing may load (default-src 'none'), and only our own style and script run: they are
 * allowed by hash rather than 'unsafe-inline', so even a missed escape could not run a script
 * or load a thing. No base, no forms posting anywhere.
 */
export const CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLES)}`,
  `script-src ${hash(CLIENT_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A complete HTML document around `body`. */
export function page(lang: Lang, title: string, body: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${esc(title)}</title>\n<style>${STYLES}</style>\n</head>\n<body>\n${body}\n` +
    `<script>${CLIENT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
