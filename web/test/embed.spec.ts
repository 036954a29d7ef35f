import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { issueToken } from '@mentoring/platform/auth';
import { operationHash } from '@mentoring/platform/operation-hash';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'graphql';
import pg from 'pg';
import { OPERATIONS_DIR } from '../build/registered-operations.ts';
import { noticesOf } from '../src/embed/answers.ts';

/*
 * The embeddable mentor list as portals use it: on a page of another origin (the portal of web/test/portal.ts) and
 * as the iframe page of the gateway. What it shows is compared with the anonymous answer of the same registered
 * operation and, independently, with the registry's and mentoring's tables.
 */

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the pages' global setup provides it`);
  return value;
};
const GATEWAY = env('PAGES_GATEWAY_ORIGIN');
const GRAPHQL = env('PAGES_GRAPHQL_URL');
const PORTAL = env('PAGES_PORTAL_ORIGIN');
const REGION = '67';
const MUNICIPALITY = '66701000';
const PORTAL_PAGE = `${PORTAL}/?region=${REGION}&municipality=${MUNICIPALITY}`;
const IFRAME_PAGE = `${GATEWAY}/embed/mentor-list.html?region=${REGION}&municipality=${MUNICIPALITY}`;
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
/** The page size of public-mentors.graphql. */
const PAGE_SIZE = 50;

/* ---------- what the server says: the registered operation by hash, anonymously; the tables ---------- */

interface AnsweredMentor {
  dataOrigin: string;
  person: {
    fullName: string;
    employments: { position: string | null; organization: { shortName: string | null } | null }[] | null;
  } | null;
  competencies: string[] | null;
  forms: { name: string }[] | null;
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const hashOf = (file: string) => operationHash(parse(readFileSync(join(OPERATIONS_DIR, file), 'utf8')));

async function post<T>(body: unknown, token?: string): Promise<Answer<T>> {
  const response = await fetch(GRAPHQL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer<T>;
}

/** Every mentor the registered operation gives an anonymous portal, page after page. */
async function publicMentors(variables: Record<string, unknown> = {}): Promise<AnsweredMentor[]> {
  const mentors: AnsweredMentor[] = [];
  let after: string | null = null;
  do {
    const answer: Answer<{
      mentors: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: AnsweredMentor }[];
      };
    }> = await post({
      variables: { oktmo: MUNICIPALITY, after, ...variables },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('public-mentors.graphql') } },
    });
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.mentors;
    mentors.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return mentors;
}

/** A mentor card as the element is expected to show it: name, workplaces, competencies, forms. */
interface Card {
  name: string;
  workplaces: string[];
  details: string[];
  demo: boolean;
}

const cardOf = (mentor: AnsweredMentor): Card => ({
  name: mentor.person?.fullName ?? 'Наставник',
  workplaces: (mentor.person?.employments ?? []).map((employment) =>
    [employment.position, employment.organization?.shortName].filter(Boolean).join(', '),
  ),
  details: [
    ...(mentor.competencies?.length ? [mentor.competencies.join('; ')] : []),
    ...(mentor.forms?.length ? [mentor.forms.map((form) => form.name).join('; ')] : []),
  ],
  demo: mentor.dataOrigin === 'SYNTHETIC',
});

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: env('PAGES_DATABASE_URL') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Straight from the tables (not the published views the code reads): mentors of the municipality with a valid
 * publication consent of an adult listing mentorProfile, with their full name where that consent lists fullName.
 */
const CONSENTING_MENTORS = `
  select mp.person_id,
         case when 'fullName' = any(pub.fields)
              then case when p.first_name is not null then concat_ws(' ', p.last_name, p.first_name, p.middle_name)
                        else concat_ws(' ', p.last_name, p.initials) end end as full_name,
         pub.consent_id, pub.fields
  from mentoring.mentor_profile mp
  join registry.organization o on o.id = mp.organization_id
  join registry.municipality m on m.id = o.municipality_id
  join registry.person p on p.id = mp.person_id
  join lateral (
    select (array_agg(c.id order by c.given_on))[1] as consent_id, array_agg(distinct f) as fields
    from registry.consent c cross join lateral unnest(c.fields) f
    where c.person_id = p.id and c.kind = 'PUBLICATION' and c.withdrawn_on is null
  ) pub on pub.consent_id is not null
  where m.oktmo = $1 and age(current_date, p.birth_date) >= interval '18 years' and 'mentorProfile' = any(pub.fields)
  order by mp.id`;

interface ConsentingMentor {
  person_id: string;
  full_name: string | null;
  consent_id: string;
  fields: string[];
}

const consentingMentors = (oktmo = MUNICIPALITY) =>
  withDatabase(async (client) => (await client.query<ConsentingMentor>(CONSENTING_MENTORS, [oktmo])).rows);

/* ---------- what the page shows ---------- */

const list = (page: Page) => page.locator('mentor-list');
const cards = (page: Page) => list(page).locator('article');

async function shownCards(page: Page): Promise<Card[]> {
  return cards(page).evaluateAll((articles) =>
    articles.map((article) => ({
      name: article.querySelector('h3')?.textContent?.trim() ?? '',
      workplaces: [...article.querySelectorAll('.workplace')].map((node) => node.textContent?.trim() ?? ''),
      details: [...article.querySelectorAll('dd')].map((node) => node.textContent?.trim() ?? ''),
      demo: article.querySelector('.demo')?.textContent?.trim() === 'демонстрационные данные',
    })),
  );
}

/** The list once loaded: the polite status names the total. */
async function loaded(page: Page, total: number) {
  await expect(list(page).getByRole('status')).toHaveText(
    total === 0 ? 'Наставники не найдены.' : `Найдено наставников: ${total}.`,
  );
  await expect(cards(page)).toHaveCount(total);
}

/**
 * The list shows exactly these mentors, card for card, and says how many: polled, as after a search the previous
 * answer stays on screen until the new one arrives (and may have as many mentors).
 */
async function shows(page: Page, mentors: AnsweredMentor[]) {
  await expect.poll(() => shownCards(page)).toEqual(mentors.map(cardOf));
  await loaded(page, mentors.length);
}

async function search(page: Page, fields: { name?: string; competency?: string; form?: string }) {
  const element = list(page);
  await element.getByLabel('ФИО наставника').fill(fields.name ?? '');
  await element.getByLabel('Компетенция').fill(fields.competency ?? '');
  await element.getByLabel('Форма наставничества').selectOption(fields.form ?? '');
  await element.getByRole('button', { name: 'Найти' }).click();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  return {
    serious: serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`),
    summary: `${results.passes.length} rules passed, ${results.violations.length} violated (${serious.length} serious or critical), ${results.incomplete.length} to review`,
  };
}

/* ---------- the tests ---------- */

test.describe('the mentor list on a municipal portal (another origin)', () => {
  test('lists exactly the consenting mentors, as the registered operation and the tables say', async ({
    page,
    context,
  }) => {
    const answered = await publicMentors();
    const consenting = await consentingMentors();
    await page.goto(PORTAL_PAGE);
    await shows(page, answered);
    // Independently of the code under test: the tables' consenting mentors, their names where the consent lists them.
    expect(answered.length).toBe(consenting.length);
    expect((await shownCards(page)).map((card) => card.name).sort()).toEqual(
      consenting.map((mentor) => mentor.full_name ?? 'Наставник').sort(),
    );
    // Every demo mentor says so.
    expect((await shownCards(page)).every((card) => card.demo)).toBe(true);
    expect(await context.cookies()).toEqual([]);
  });

  test('a withdrawn consent takes the mentor off the list on reload', async ({ page }) => {
    const before = await consentingMentors();
    const leaving = before.at(-1)!;
    const operator = await issueToken(
      {
        kind: 'hs256',
        secret: env('PAGES_JWT_SECRET'),
        issuer: 'mentoring-federation',
        audience: 'mentoring-federation',
      },
      { subject: 'pages-embed-test', role: 'REGIONAL_OPERATOR', scope: { regionCode: REGION } },
    );
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(PORTAL_PAGE);
    await loaded(page, before.length);
    await expect(cards(page).filter({ hasText: leaving.full_name! })).toHaveCount(1);
    const withdrawn = await post<{ withdrawConsent: { withdrawnOn: string } }>(
      {
        query: 'mutation ($id: UUID!, $date: Date!) { withdrawConsent(id: $id, date: $date) { withdrawnOn } }',
        variables: { id: leaving.consent_id, date: today },
      },
      operator,
    );
    expect(withdrawn.errors).toBeUndefined();
    try {
      await page.reload();
      await loaded(page, before.length - 1);
      await expect(cards(page).filter({ hasText: leaving.full_name! })).toHaveCount(0);
      expect(await consentingMentors()).toHaveLength(before.length - 1);
    } finally {
      // The person consents again (a new consent, as the registry keeps the withdrawn one), so other tests see the demo as it was.
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const restored = await post(
        {
          query: `mutation ($personId: UUID!, $input: ConsentInput!) { recordConsent(personId: $personId, input: $input) { id } }`,
          variables: {
            personId: leaving.person_id,
            input: {
              kind: 'PUBLICATION',
              fields: leaving.fields,
              textVersion: '2022-1',
              givenOn: yesterday,
              channel: 'ELECTRONIC',
            },
          },
        },
        operator,
      );
      expect(restored.errors).toBeUndefined();
    }
    await page.reload();
    await loaded(page, before.length);
  });

  test('search by name, competency and form narrows the list as the operation does', async ({ page }) => {
    const all = await publicMentors();
    await page.goto(PORTAL_PAGE);
    await loaded(page, all.length);

    // Part of a surname, in lower case: the search ignores case and matches inside the name.
    const surname = all[0]!.person!.fullName.split(' ')[0]!;
    const byName = await publicMentors({ search: surname.slice(0, -1).toLowerCase() });
    await search(page, { name: surname.slice(0, -1).toLowerCase() });
    await shows(page, byName);
    expect(byName.length).toBeLessThan(all.length);

    // The competency the fewest mentors share.
    const competencies = all.flatMap((mentor) => mentor.competencies ?? []);
    const rarest = [...new Set(competencies)].sort(
      (a, b) => competencies.filter((c) => c === a).length - competencies.filter((c) => c === b).length,
    )[0]!;
    const byCompetency = await publicMentors({ competency: rarest });
    await search(page, { competency: rarest });
    await shows(page, byCompetency);
    expect(byCompetency.length).toBeLessThan(all.length);

    // A form from the select (mentoring-forms.graphql): one the list's mentors practise, and one none of them does.
    const formsAnswer = await post<{ mentoringForms: { code: string; name: string }[] }>({
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('mentoring-forms.graphql') } },
    });
    const forms = formsAnswer.data!.mentoringForms;
    await expect(list(page).getByLabel('Форма наставничества').locator('option')).toHaveText([
      'Любая форма',
      ...forms.map((form) => form.name),
    ]);
    const practised = forms.find((form) => all.some((mentor) => mentor.forms?.some((f) => f.name === form.name)))!;
    const byForm = await publicMentors({ form: practised.code });
    await search(page, { form: practised.code });
    await shows(page, byForm);
    const unpractised = forms.find((form) => !all.some((mentor) => mentor.forms?.some((f) => f.name === form.name)));
    if (unpractised) {
      await search(page, { form: unpractised.code });
      await loaded(page, 0);
      await expect(list(page).getByText('По этим условиям наставники не найдены.')).toBeVisible();
    }

    // All three together, then reset.
    const together = await publicMentors({ search: surname, competency: rarest, form: practised.code });
    await search(page, { name: surname, competency: rarest, form: practised.code });
    await shows(page, together);
    await list(page).getByRole('button', { name: 'Сбросить' }).click();
    await shows(page, all);

    // One letter is refused before anything is sent, and said next to the fields.
    await search(page, { name: ' я ' });
    await expect(list(page).getByText('Введите не меньше двух букв или оставьте поле пустым.')).toBeVisible();
    await expect(list(page).getByLabel('ФИО наставника')).toHaveAttribute('aria-invalid', 'true');
    await expect(list(page).getByLabel('ФИО наставника')).toBeFocused();
    await expect(list(page).getByLabel('Компетенция')).toHaveAttribute('aria-invalid', 'false');
    await shows(page, all);
  });

  test('while a search is on its way, the previous count is not shown as its answer', async ({ page }) => {
    const all = await publicMentors();
    await page.goto(PORTAL_PAGE);
    await loaded(page, all.length);
    // Hold the search's request at the browser until the pending state has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`${GATEWAY}/graphql`, async (route) => {
      await held;
      await route.continue();
    });
    const surname = all[0]!.person!.fullName.split(' ')[0]!;
    await search(page, { name: surname });
    await expect(list(page).getByRole('status').first()).toHaveText('Загрузка…');
    release();
    await shows(page, await publicMentors({ search: surname }));
  });

  test('pages by cursor when a municipality has more consenting mentors than a page holds', async ({ page }) => {
    const largest = await withDatabase(
      async (client) =>
        (
          await client.query<{ oktmo: string; mentors: number }>(
            `select m.oktmo, count(*)::int as mentors from mentoring.mentor_profile mp
             join registry.organization o on o.id = mp.organization_id join registry.municipality m on m.id = o.municipality_id
             join registry.person p on p.id = mp.person_id
             where age(current_date, p.birth_date) >= interval '18 years' and exists (
               select 1 from registry.consent c where c.person_id = mp.person_id and c.kind = 'PUBLICATION'
               and c.withdrawn_on is null and 'mentorProfile' = any(c.fields))
             group by m.oktmo order by 2 desc, 1 limit 1`,
          )
        ).rows[0]!,
    );
    await page.goto(`${PORTAL}/?municipality=${largest.oktmo}`);
    if (largest.mentors <= PAGE_SIZE) {
      // The demo data holds no municipality with more than a page of consenting mentors (the largest is reported):
      // the whole list comes on one page and nothing offers more. No mentors are invented to make a second page.
      const note = `the most consenting mentors in a municipality is ${largest.mentors} (ОКТМО ${largest.oktmo}), under a page of ${PAGE_SIZE}: paging is not exercised`;
      test.info().annotations.push({ type: 'demo data', description: note });
      console.log(`demo data: ${note}`);
      await loaded(page, largest.mentors);
      await expect(list(page).getByRole('button', { name: 'Показать ещё' })).toHaveCount(0);
      return;
    }
    await expect(cards(page)).toHaveCount(PAGE_SIZE);
    const more = list(page).getByRole('button', { name: 'Показать ещё' });
    while ((await cards(page).count()) < largest.mentors) {
      const shown = await cards(page).count();
      await more.click();
      await expect(cards(page)).toHaveCount(Math.min(shown + PAGE_SIZE, largest.mentors));
      // Focus moves to the first mentor of the page just shown.
      await expect(cards(page).nth(shown)).toBeFocused();
    }
    await expect(more).toHaveCount(0);
  });

  test('is accessible at 1440 and 375 px, by keyboard, and sets no cookies', async ({ page, context }) => {
    const all = await publicMentors();
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(PORTAL_PAGE);
      await loaded(page, all.length);
      const axe = await seriousViolations(page);
      console.log(`axe, portal page at ${width} px: ${axe.summary}`);
      expect(axe.serious).toEqual([]);
      // Usable at 375 px: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({
        path: join(SCREENSHOTS, width === 1440 ? 'embed-portal.png' : `embed-portal-${width}.png`),
        fullPage: true,
      });
    }

    // By keyboard: the first field is reached with Tab, a search submitted with Enter, the focus ring visible.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(PORTAL_PAGE);
    await loaded(page, all.length);
    await page.keyboard.press('Tab');
    const nameField = list(page).getByLabel('ФИО наставника');
    await expect(nameField).toBeFocused();
    expect(await nameField.evaluate((input) => getComputedStyle(input).outlineStyle)).not.toBe('none');
    const surname = all[0]!.person!.fullName.split(' ')[0]!;
    await page.keyboard.type(surname);
    await page.keyboard.press('Enter');
    await shows(page, await publicMentors({ search: surname }));
    await page.keyboard.press('Tab');
    await expect(list(page).getByLabel('Компетенция')).toBeFocused();
    expect(await context.cookies()).toEqual([]);
  });
});

test('a notice names a service that did not answer in Russian, and passes over fields the consent does not publish', () => {
  expect(
    noticesOf([
      {
        message: 'Сервис «registry» недоступен; the registry service is unavailable, so this field is missing.',
        path: ['publicMentors', 'edges', 0, 'node', 'organization'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      },
      {
        message: 'Сервис «mentoring» недоступен; the mentoring service is unavailable, so this field is missing.',
        path: ['publicMentors'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      },
      {
        message: 'Нет согласия; not published.',
        path: ['publicMentors', 'edges', 0, 'node', 'email'],
        extensions: { code: 'FORBIDDEN' },
      },
    ]),
  ).toEqual([
    'Сервис «реестр» недоступен: часть сведений не показана.',
    'Сервис «наставничество» недоступен: часть сведений не показана.',
  ]);
});

test.describe('the mentor list in an iframe, for portals that allow no scripts', () => {
  test('the iframe page reads the territory from its address and lists the same mentors', async ({ page, context }) => {
    const answered = await publicMentors();
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(IFRAME_PAGE);
      await shows(page, answered);
      const axe = await seriousViolations(page);
      console.log(`axe, iframe page at ${width} px: ${axe.summary}`);
      expect(axe.serious).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(IFRAME_PAGE);
    await loaded(page, answered.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-iframe.png'), fullPage: true });
    expect(await context.cookies()).toEqual([]);
  });

  test('without a municipality it offers the region’s municipalities to choose from', async ({ page }) => {
    await page.goto(`${GATEWAY}/embed/mentor-list.html?region=${REGION}`);
    const choice = list(page).getByLabel('Муниципальное образование');
    await expect(choice).toBeEnabled();
    const municipalities = await withDatabase(
      async (client) =>
        (
          await client.query<{ count: number }>(
            `select count(*)::int as count from registry.municipality m join registry.region r on r.id = m.region_id where r.code = $1`,
            [REGION],
          )
        ).rows[0]!.count,
    );
    await expect(choice.locator('option')).toHaveCount(municipalities + 1);
    await choice.selectOption(MUNICIPALITY);
    await loaded(page, (await publicMentors()).length);
    const axe = await seriousViolations(page);
    expect(axe.serious).toEqual([]);
  });
});
