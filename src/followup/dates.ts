// Calendar dates as YYYY-MM-DD strings: the only form follow-up dates take, so that every output
// is the same whatever the time zone of the machine that runs it.

const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 Jan + 1
 * month = 28 or 29 Feb), as contract terms count months.
 */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(d, last)));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** `20250401`, as iCalendar writes a date. */
export function compact(date: string): string {
  return date.replace(/-/g, '');
}

/** Today in UTC: the default `--date`, the only place the clock is read. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
