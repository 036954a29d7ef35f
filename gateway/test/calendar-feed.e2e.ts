import { federationClient } from '@mentoring/platform/testing';
import { todayIso } from '@mentoring/platform/validation';
import { SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The iCalendar feed through the gateway over real HTTP: open events only without a token, more with one (header or
 * `?token=`), 401 for a bad token, 404 for an unknown territory, and a calendar that parses back (VCALENDAR, VEVENT, UID).
 */
const federation = federationClient();
const feedUrl = (path: string) => new URL(path, federation.gatewayUrl).toString();
const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();
let operator: string;
let openId: string;
let closedId: string;

/** Unfolds RFC 5545 content lines (a line starting with a space continues the previous one). */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');
const uids = (text: string) =>
  unfolded(text)
    .filter((line) => line.startsWith('UID:'))
    .map((line) => line.slice(4));

beforeAll(async () => {
  operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const create = async (title: string, open: boolean) => {
    const response = await federation.query<{ createEvent: { id: string } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        token: operator,
        variables: {
          input: {
            kind: 'WEBINAR',
            title,
            startDate: shiftDays(today, 5),
            endDate: shiftDays(today, 6),
            organizerName: 'ЦНППМ',
            format: 'ONLINE',
            public: open,
          },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createEvent.id;
  };
  openId = await create('Открытый вебинар для педагогической общественности (тест)', true);
  closedId = await create('Вебинар для кураторов (тест)', false);
});

describe('GET /calendar/region/<code>.ics', () => {
  it('answers anonymous clients with a valid iCalendar of open events only', async () => {
    const response = await fetch(feedUrl('/calendar/region/67.ics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    const lines = unfolded(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(uids(text)).toContain(`event:${openId}@mentoring-federation`);
    expect(uids(text)).not.toContain(`event:${closedId}@mentoring-federation`);
    expect(uids(text).some((uid) => uid.startsWith('deadline:'))).toBe(false);
    expect(lines).toContain(`DTSTART;VALUE=DATE:${shiftDays(today, 5).replaceAll('-', '')}`);
    expect(lines).toContain(`DTEND;VALUE=DATE:${shiftDays(today, 7).replaceAll('-', '')}`);
  });

  it('shows a token holder every event of the territory, by header or by ?token=', async () => {
    const byHeader = await (
      await fetch(feedUrl('/calendar/region/67.ics'), { headers: { authorization: `Bearer ${operator}` } })
    ).text();
    const byQuery = await (await fetch(feedUrl(`/calendar/region/67.ics?token=${operator}`))).text();
    for (const text of [byHeader, byQuery]) {
      expect(uids(text)).toEqual(
        expect.arrayContaining([`event:${openId}@mentoring-federation`, `event:${closedId}@mentoring-federation`]),
      );
    }
    expect(uids(byHeader).sort()).toEqual(uids(byQuery).sort());
  });

  it('serves a municipality’s feed, keeping the UIDs stable between requests', async () => {
    const first = await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics?token=${operator}`));
    expect(first.status).toBe(200);
    const again = await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics?token=${operator}`));
    expect(uids(await again.text())).toEqual(uids(await first.text()));
  });

  it('refuses a bad token with 401 and an unknown territory with 404, in words', async () => {
    const bad = await fetch(feedUrl('/calendar/region/67.ics?token=not-a-token'));
    expect(bad.status).toBe(401);
    expect(await bad.text()).toMatch(/token/);
    const unknown = await fetch(feedUrl('/calendar/region/99.ics'));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/не найден/);
  });
});
