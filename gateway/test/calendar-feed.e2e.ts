import { createFeedTokens } from '@mentoring/platform/auth';
import { federationClient } from '@mentoring/platform/testing';
import { todayIso } from '@mentoring/platform/validation';
import { municipalityIdOf, SMOLENSK_CITY_OKTMO } from '@mentoring/subgraph-registry/demo';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The iCalendar feed through the gateway over real HTTP: open events only without a token, more with an API token in
 * the header or a feed token (POST /calendar/feed-url) in the address; API tokens refused in the address and feed tokens
 * on /graphql; expired and foreign tokens 401; caching headers, ETag and 304; 405, HEAD and hostile paths; escaping.
 */
const federation = federationClient();
const feedUrl = (path: string) => new URL(path, federation.gatewayUrl).toString();
const shiftDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const today = todayIso();
let operator: string;
let openId: string;
let closedId: string;
let obligationId: string;
/** A synthetic reporting obligation of the region due in ten days: inside the feed's window, unlike seed 000's of 2022–2023. */
const OBLIGATION_TITLE = 'Информация о наставничестве (синтетическая, SYNTHETIC, тест ленты)';

/** Unfolds RFC 5545 content lines (a line starting with a space continues the previous one). */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');
const uids = (text: string) =>
  unfolded(text)
    .filter((line) => line.startsWith('UID:'))
    .map((line) => line.slice(4));

beforeAll(async () => {
  operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
  const create = async (title: string, open: boolean, description?: string) => {
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
            ...(description ? { description } : {}),
          },
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createEvent.id;
  };
  openId = await create('Открытый вебинар для педагогической общественности (тест)', true);
  closedId = await create('Вебинар для кураторов (тест)', false);
  await create('Вебинар; запятые, точки с запятой и \\ обратная черта (тест)', true, 'Строка 1\nСтрока 2');
  const obligation = await federation.query<{ createReportingObligation: { id: string } }>(
    `mutation ($input: CreateReportingObligationInput!) { createReportingObligation(input: $input) { id } }`,
    {
      token: operator,
      variables: { input: { kind: 'INFORMATION', title: OBLIGATION_TITLE, dueDate: shiftDays(today, 10) } },
    },
  );
  expect(obligation.errors).toBeUndefined();
  obligationId = obligation.data!.createReportingObligation.id;
});

const feedUrlFor = (body: unknown, token?: string) =>
  fetch(feedUrl('/calendar/feed-url'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
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

  it('shows a token holder every event of the territory, by header or by a feed address (POST /calendar/feed-url)', async () => {
    const byHeader = await fetch(feedUrl('/calendar/region/67.ics'), {
      headers: { authorization: `Bearer ${operator}` },
    });
    expect(byHeader.headers.get('cache-control')).toBe('private, no-store');
    expect(byHeader.headers.get('vary')).toBe('Authorization');
    expect(byHeader.headers.get('access-control-allow-origin')).toBeNull();
    const issued = await feedUrlFor({ regionCode: '67' }, operator);
    expect(issued.status).toBe(200);
    const { url, expiresAt } = (await issued.json()) as { url: string; expiresAt: string };
    expect(new URL(url).pathname).toBe('/calendar/region/67.ics');
    // A year long, so a subscription outlives the working day's token.
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(360 * 86_400_000);
    const byAddress = await fetch(feedUrl(new URL(url).pathname + new URL(url).search));
    expect(byAddress.status).toBe(200);
    expect(byAddress.headers.get('cache-control')).toBe('private, no-store');
    const [headerText, addressText] = [await byHeader.text(), await byAddress.text()];
    for (const text of [headerText, addressText]) {
      expect(uids(text)).toEqual(
        expect.arrayContaining([`event:${openId}@mentoring-federation`, `event:${closedId}@mentoring-federation`]),
      );
    }
    expect(uids(headerText).sort()).toEqual(uids(addressText).sort());
  });

  it('issues feed addresses to signed-in users only, for a known territory, and the address opens only its own feed', async () => {
    expect((await feedUrlFor({ regionCode: '67' })).status).toBe(401);
    expect((await feedUrlFor({ regionCode: '99' }, operator)).status).toBe(404);
    expect((await feedUrlFor({ regionCode: '6\u00007' }, operator)).status).toBe(400);
    expect((await feedUrlFor({ regionCode: '67', municipalityOktmo: SMOLENSK_CITY_OKTMO }, operator)).status).toBe(400);
    const { url } = (await (await feedUrlFor({ regionCode: '67' }, operator)).json()) as { url: string };
    const token = new URL(url).searchParams.get('token')!;
    const elsewhere = await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics?token=${token}`));
    expect(elsewhere.status).toBe(401);
    // Read-only and for the feed only: the API refuses it.
    const graphql = await federation.query('{ __typename }', { token });
    expect(graphql.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps feedFirst (pages of 2000) to the registered feed operations: an ad-hoc query with it is FORBIDDEN', async () => {
    const response = await federation.query(
      '{ calendar(scope: { regionCode: "67" }, from: "2023-01-01", to: "2023-12-31", feedFirst: 2000) { totalCount } }',
      { token: operator },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(response.errors?.[0]?.message).toMatch(/feedFirst/);
  });

  it('refuses an API token in the address, saying how to get a feed address', async () => {
    const response = await fetch(feedUrl(`/calendar/region/67.ics?token=${operator}`));
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/POST \/calendar\/feed-url/);
  });

  it('refuses expired feed tokens and feed tokens of another secret with 401', async () => {
    const viewer = { role: 'REGIONAL_OPERATOR' as const, subject: 'e2e-feed', scope: { regionCode: '67' } };
    const path = '/calendar/region/67.ics';
    const ours = createFeedTokens({ secret: inject('jwtSecret'), issuer: 'mentoring-federation' });
    const expired = await ours.issue(viewer, path, new Date(Date.now() - 400 * 86_400_000));
    const foreign = await createFeedTokens({ secret: 'another-checkout-secret', issuer: 'mentoring-federation' }).issue(
      viewer,
      path,
    );
    const valid = await ours.issue(viewer, path);
    expect((await fetch(feedUrl(`${path}?token=${valid.token}`))).status).toBe(200);
    const late = await fetch(feedUrl(`${path}?token=${expired.token}`));
    expect(late.status).toBe(401);
    expect(await late.text()).toMatch(/expired/);
    expect((await fetch(feedUrl(`${path}?token=${foreign.token}`))).status).toBe(401);
  });

  it('serves the public feed to a non-Bearer Authorization (Basic), cacheable by anyone, with ETag and 304', async () => {
    const basic = await fetch(feedUrl('/calendar/region/67.ics'), {
      headers: { authorization: `Basic ${Buffer.from('user:password').toString('base64')}` },
    });
    expect(basic.status).toBe(200);
    const text = await basic.text();
    expect(uids(text)).toContain(`event:${openId}@mentoring-federation`);
    expect(uids(text)).not.toContain(`event:${closedId}@mentoring-federation`);
    const anonymous = await fetch(feedUrl('/calendar/region/67.ics'));
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=900');
    expect(anonymous.headers.get('access-control-allow-origin')).toBe('*');
    const etag = anonymous.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const lines = unfolded(await anonymous.text());
    expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT15M');
    expect(lines).toContain('X-PUBLISHED-TTL:PT15M');
    const notModified = await fetch(feedUrl('/calendar/region/67.ics'), { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
  });

  it('escapes commas, semicolons, backslashes and newlines (RFC 5545 §3.3.11)', async () => {
    const lines = unfolded(await (await fetch(feedUrl('/calendar/region/67.ics'))).text());
    expect(lines).toContain('SUMMARY:Вебинар\\; запятые\\, точки с запятой и \\\\ обратная черта (тест)');
    expect(lines).toContain('DESCRIPTION:Строка 1\\nСтрока 2\\nОрганизатор: ЦНППМ');
  });

  it('answers GET and HEAD only (405 with Allow), HEAD without a body', async () => {
    const post = await fetch(feedUrl('/calendar/region/67.ics'), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(feedUrl('/calendar/region/67.ics'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await head.text()).toBe('');
  });

  it.each([
    '/calendar/region/6%007.ics',
    `/calendar/region/${'6'.repeat(5000)}.ics`,
    '/calendar/region/67.ics/../../graphql',
    '/calendar/municipality/abc.ics',
    '/calendar/region/%D0%B0.ics',
    '/calendar/',
  ])('answers a hostile path %s with a plain 404', async (path) => {
    const response = await fetch(`${federation.gatewayUrl.replace(/\/graphql$/, '')}${path}`);
    expect([404, 414, 431]).toContain(response.status);
    if (response.status === 404) expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('serves a municipality’s feed, keeping the UIDs stable between requests', async () => {
    const headers = { authorization: `Bearer ${operator}` };
    const first = await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics`), { headers });
    expect(first.status).toBe(200);
    const again = await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics`), { headers });
    expect(uids(await again.text())).toEqual(uids(await first.text()));
  });

  it('holds a reporting obligation’s due date for a token holder («Срок сдачи:», UID obligation:<id>[:<municipality>]), none anonymously', async () => {
    const headers = { authorization: `Bearer ${operator}` };
    const region = await (await fetch(feedUrl('/calendar/region/67.ics'), { headers })).text();
    expect(uids(region)).toContain(`obligation:${obligationId}@mentoring-federation`);
    expect(unfolded(region)).toContain(`SUMMARY:Срок сдачи: ${OBLIGATION_TITLE.replace(/,/g, '\\,')}`);
    const municipality = await (
      await fetch(feedUrl(`/calendar/municipality/${SMOLENSK_CITY_OKTMO}.ics`), { headers })
    ).text();
    expect(uids(municipality)).toContain(
      `obligation:${obligationId}:${municipalityIdOf(SMOLENSK_CITY_OKTMO)}@mentoring-federation`,
    );
    const anonymous = await (await fetch(feedUrl('/calendar/region/67.ics'))).text();
    expect(uids(anonymous).some((uid) => uid.startsWith('obligation:'))).toBe(false);
  });

  it('refuses a bad token with 401 and an unknown territory with 404, in words', async () => {
    const bad = await fetch(feedUrl('/calendar/region/67.ics'), { headers: { authorization: 'Bearer not-a-token' } });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toMatch(/token/);
    const unknown = await fetch(feedUrl('/calendar/region/99.ics'));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/не найден/);
  });
});
