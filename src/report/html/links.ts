// Links from the report to the documents it is about, relative to where the report is written.
import { posix } from 'node:path';
import type { FileResult } from '../../lint/types.js';
import type { FindingLocation } from '../../types.js';
import { esc } from './escape.js';

/**
 * Each path segment percent-encoded (a `#`, `?`, `%` or space in a file name would otherwise
 * end or bend the URL), the slashes kept. A Windows drive (`C:`) keeps its colon.
 */
function encodePath(path: string): string {
  const drive = /^[A-Za-z]:\//.test(path);
  const encoded = path
    .split('/')
    .map((seg, i) => (drive && i === 0 ? seg : encodeURIComponent(seg)))
    .join('/');
  return drive ? `file:///${encoded}` : encoded;
}

/**
 * Where in the file a location points, as a fragment the file's viewer understands: a PDF page
 * (`#page=3`, RFC 8118, which Chromium's, Firefox's and Acrobat's viewers follow), a line of
 * Markdown or text (`#L12`, as GitHub, GitLab and Gitea show files). DOCX and ODT have no
 * fragment any viewer follows, so they link to the file alone.
 */
function fragment(format: FileResult['format'], loc: FindingLocation | undefined): string {
  if (!loc) return '';
  if (format === 'pdf' && loc.page !== undefined) return `#page=${loc.page}`;
  if ((format === 'markdown' || format === 'text') && loc.line !== undefined) return `#L${loc.line}`;
  return '';
}

/**
 * The href (already escaped for an attribute) from the report to `file`, at `loc` when given.
 * `base` leads from the report's folder to the working directory, which file paths are relative
 * to; an absolute path stays absolute.
 */
export function fileHref(file: Pick<FileResult, 'path' | 'format'>, base: string, loc?: FindingLocation): string {
  const path =
    file.path.startsWith('/') || /^[A-Za-z]:\//.test(file.path)
      ? file.path
      : posix.normalize(posix.join(base || '.', file.path));
  // A leading `./` keeps a name such as `mailto:x.md` or `a:b.md` from reading as a URL scheme.
  const relative = /^[./]/.test(path) || /^[A-Za-z]:\//.test(path) ? path : `./${path}`;
  return esc(encodePath(relative) + fragment(file.format, loc));
}

/** `text` as a link to the file at `loc` (text escaped here). */
export const fileLink = (
  text: string,
  file: Pick<FileResult, 'path' | 'format'>,
  base: string,
  loc?: FindingLocation,
): string => `<a class="file" href="${fileHref(file, base, loc)}">${esc(text)}</a>`;
