// What a failed file-system call means, decided in one table by its errno code, so that the
// reader, the writer, the folder maker, document discovery and the bids walk say the same thing
// about the same failure.

/** The kinds of failure a user can act on; `other` is shown with its code. */
export type FsFailure =
  | 'missing'
  | 'notDirectory'
  | 'denied'
  | 'isDirectory'
  | 'loop'
  | 'noSpace'
  | 'wouldBlock'
  | 'noReader'
  | 'exists'
  | 'other';

const FAILURES: Readonly<Record<string, FsFailure>> = {
  ENOENT: 'missing',
  ENOTDIR: 'notDirectory',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  EISDIR: 'isDirectory',
  ELOOP: 'loop',
  ENOSPC: 'noSpace',
  EDQUOT: 'noSpace',
  EAGAIN: 'wouldBlock',
  EWOULDBLOCK: 'wouldBlock',
  ENXIO: 'noReader',
  EEXIST: 'exists',
};

/** The errno code of a failed call (`ENOENT`), or '' when `e` carries none. */
export function errnoOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

/** What the failure `e` means; `other` for codes (and errors) no message names. */
export function failureOf(e: unknown): FsFailure {
  const code = errnoOf(e);
  return Object.hasOwn(FAILURES, code) ? FAILURES[code]! : 'other';
}

/** The code, else the error's message: the detail shown with an `other` failure. */
export function detailOf(e: unknown): string {
  return errnoOf(e) || (e instanceof Error ? e.message : String(e));
}
