// The follow-up plan as an iCalendar file (RFC 5545) an officer imports into a calendar: one
// all-day event per dated follow-up, with a UID made from the contract, the occasion and its
// number, so that importing a new plan updates the events instead of doubling them.
import { addDays, compact } from './dates.js';
import { LABELS } from './labels.js';
import type { PlanModel } from './plan-model.js';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; each continuation starts with a space, so it holds 74 more.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The plan as an .ics text, CRLF line ends, deterministic for the same plan. */
export function renderPlanIcs(plan: PlanModel): string {
  const l = LABELS[plan.lang];
  const stamp = `${compact(plan.date)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//jamkrav//followup//${plan.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(plan.authority ? `${l.plan.calendarName}, ${plan.authority}` : l.plan.calendarName)}`,
  ];
  for (const row of plan.rows) {
    const c = row.contract;
    const summary = `${row.what}: ${c.id} ${c.title ?? ''} (${c.supplier})`.replace(/\s+\(/, ' (');
    const details = [
      `${l.plan.supplier}: ${c.supplier}`,
      `${l.plan.followUpBy}: ${row.who}`,
      ...(row.event.period ? [`${l.plan.reportDue}: ${row.event.period.start}–${row.event.period.end}`] : []),
      ...(row.event.items.length === 0
        ? [l.plan.nothing]
        : row.event.items.map((i) => `${i.label} [${i.id}]: ${i.report}`)),
    ];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.key}@jamkrav`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(row.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(row.date, 1))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      `DESCRIPTION:${escapeIcsText(details.join('\n'))}`,
      `CATEGORIES:${escapeIcsText(l.occasions[row.event.occasion])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
