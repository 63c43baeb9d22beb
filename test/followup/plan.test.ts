// When contracts are followed up, and the plan as a calendar, Markdown and DOCX: report periods
// and due dates, dated occasions, an iCalendar file that keeps RFC 5545's rules, the same bytes
// on every run.
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/followup/dates.js';
import {
  loadFollowUp,
  planOf,
  renderPlanDocx,
  renderPlanIcs,
  renderPlanMarkdown,
  type FollowUp,
} from '../../src/followup/index.js';
import { eventsOf, periodsOf } from '../../src/followup/schedule.js';
import { smallSet } from './helpers.js';

let f: FollowUp;
beforeAll(async () => {
  f = await loadFollowUp({ register: join(await smallSet(), 'avtal.yaml'), lang: 'sv' });
});

describe('report periods', () => {
  it('run per contract year from the start, due 30 days after each', () => {
    expect(periodsOf(f.contracts[0]!.entry)).toEqual([
      { label: '2024', start: '2024-04-01', end: '2025-03-31', due: '2025-04-30' },
      { label: '2025', start: '2025-04-01', end: '2026-03-31', due: '2026-04-30' },
      { label: '2026', start: '2026-04-01', end: '2027-03-31', due: '2027-04-30' },
    ]);
  });

  it('run per calendar year when the register says so, the last cut at the end', () => {
    const entry = { ...f.contracts[1]!.entry, end: '2026-06-30' };
    expect(periodsOf(entry).map((p) => [p.label, p.start, p.end, p.due])).toEqual([
      ['2024', '2024-01-01', '2024-12-31', '2025-01-31'],
      ['2025', '2025-01-01', '2025-12-31', '2026-01-31'],
      ['2026', '2026-01-01', '2026-06-30', '2026-07-31'],
    ]);
  });

  it('count months as contracts do: the 31st plus a month is the month’s last day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 14)).toBe('2025-02-15');
  });
});

describe('the dated plan', () => {
  it('holds the start-up meeting, half-yearly checks, yearly reviews and the end, in date order', () => {
    const events = eventsOf(f.contracts[0]!);
    expect(events.map((e) => [e.date, e.occasion])).toEqual([
      ['2024-04-01', 'start-up'],
      ['2024-10-01', 'half-yearly'],
      ['2025-04-30', 'yearly'],
      ['2025-10-01', 'half-yearly'],
      ['2026-04-30', 'yearly'],
      ['2026-10-01', 'half-yearly'],
      ['2027-03-31', 'end'],
      ['2027-04-30', 'yearly'],
    ]);
    expect(events[0]!.items.map((i) => i.id)).toContain('diskrl3.harassment');
  });

  it('is a valid iCalendar file: CRLF, lines of at most 75 octets, one UID per event, escaped text', () => {
    const ics = renderPlanIcs(planOf(f, '2025-01-15', 'sv'));
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    // Unfolded, each content line is NAME[;PARAMS]:VALUE.
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
    for (const line of unfolded) expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
    expect(unfolded.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(unfolded.at(-1)).toBe('END:VCALENDAR');
    const events = ics.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBe(16);
    const uids = events.map((e) => /\r\nUID:([^\r]+)/.exec(e)![1]);
    expect(new Set(uids).size).toBe(events.length);
    expect(uids).toContain('AV-1.yearly.1@jamkrav');
    for (const e of events) {
      for (const prop of [
        'DTSTAMP:20250115T000000Z',
        'DTSTART;VALUE=DATE:',
        'DTEND;VALUE=DATE:',
        'SUMMARY:',
        'END:VEVENT',
      ])
        expect(e).toContain(prop);
    }
    // The supplier's comma is escaped in TEXT values, never left to split a value.
    expect(ics.replace(/\r\n /g, '')).toContain('(Städ & Service\\, Mitt AB)');
  });

  it('gives the same bytes on every run, in every format', async () => {
    const plan = () => planOf(f, '2025-01-15', 'en');
    expect(renderPlanIcs(plan())).toBe(renderPlanIcs(plan()));
    expect(renderPlanMarkdown(plan())).toBe(renderPlanMarkdown(plan()));
    expect(Buffer.from(await renderPlanDocx(plan())).equals(Buffer.from(await renderPlanDocx(plan())))).toBe(true);
  });

  it('reads as Markdown and DOCX with every date for the whole authority and per contract', async () => {
    const md = renderPlanMarkdown(planOf(f, '2025-01-15', 'en'));
    expect(md).toContain(
      '| 2025-01-31 | AV-2 | Städ & Service, Mitt AB | Yearly contract review: yearly report for 2024 due | Anna ' +
        'Andersson |',
    );
    expect(md).toContain('### AV-1: Hemtjänst Norra');
    const docx = unzipSync(await renderPlanDocx(planOf(f, '2025-01-15', 'sv')));
    const text = strFromU8(docx['word/document.xml']!).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Årlig avtalsuppföljning: årsrapport för 2024 ska vara inne');
  });
});
