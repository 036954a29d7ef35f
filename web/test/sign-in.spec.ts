import { expect, test, type Page, type Request } from '@playwright/test';
import { SESSION_STORAGE_KEY } from '../src/shared/session.ts';
import {
  expectAccessible,
  gatewayOrigin,
  readyMarks,
  SCREENSHOTS,
  signIn,
  tokenFor,
  waitForReady,
} from './dashboard-session.ts';

/**
 * The dashboard's sign-in as a person uses it: the development form (the embedded default) lists the demo roles with
 * the territories each needs and asks the gateway for a token; the token stays in sessionStorage and in the
 * Authorization header, never in an address or a cookie; «Выйти» forgets it; a token the gateway refuses returns the
 * viewer to the sign-in with a message.
 */

/** Every request the page makes, to check that no address carries the token. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

async function storedToken(page: Page): Promise<string | null> {
  return page.evaluate((key) => {
    const text = sessionStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as { token: string }).token;
  }, SESSION_STORAGE_KEY);
}

test.describe('sign-in', () => {
  test('the development sign-in offers the roles with a dashboard and signs a regional operator in', async ({
    page,
    context,
  }) => {
    const requests = recordRequests(page);
    await page.goto(`${gatewayOrigin()}/dashboard/`);
    await expect(page).toHaveURL(/#\/sign-in$/);
    await expect(
      page.getByRole('heading', { name: 'Вход для разработки — недоступен в рабочем режиме' }),
    ).toBeVisible();
    const roles = page.getByLabel('Роль');
    await expect(roles.locator('option')).toHaveText([
      'Региональный оператор',
      'Муниципальный координатор',
      'Аналитик',
      'Куратор образовательной организации',
      'Руководитель образовательной организации',
    ]);
    await expect(page.getByLabel('Регион').locator('option')).toContainText(['Смоленская область (67)']);
    await page.getByLabel('Регион').selectOption('67');
    await expect(page.getByLabel('Муниципальное образование')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOTS}sign-in.png`, fullPage: true });

    const before = await readyMarks(page);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/#\/region\/67$/);
    await waitForReady(page, before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Смоленская область');
    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Региональный оператор');
    await expect(banner).toContainText('Смоленская область');

    const token = await storedToken(page);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    expect(requests.filter((request) => request.url().includes(token!))).toEqual([]);
    // The sign-in's territory lists are public (anonymous); the views' requests carry the token in the header.
    const graphql = requests.filter((request) => new URL(request.url()).pathname === '/graphql');
    const authorizations = await Promise.all(graphql.map((request) => request.headerValue('authorization')));
    const signedIn = authorizations.filter((value) => value !== null);
    expect(signedIn.length).toBeGreaterThan(0);
    expect(new Set(signedIn)).toEqual(new Set([`Bearer ${token!}`]));
  });

  test('a school curator chooses region, municipality and school, and lands on the school', async ({ page }) => {
    await page.goto(`${gatewayOrigin()}/dashboard/#/sign-in`);
    await page.getByLabel('Роль').selectOption('SCHOOL_CURATOR');
    await page.getByLabel('Регион').selectOption('67');
    const municipality = page.getByLabel('Муниципальное образование');
    await expect(municipality.locator('option', { hasText: 'город Смоленск' })).toHaveCount(1);
    await municipality.selectOption({ label: 'город Смоленск' });
    const school = page.getByLabel('Образовательная организация');
    await expect(school.locator('option', { hasText: 'Демо-школа № 1 (город Смоленск)' })).toHaveCount(1);
    await school.selectOption({ label: 'Демо-школа № 1 (город Смоленск)' });
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/#\/organization\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Демо-школа № 1 (город Смоленск)');
    await expect(page.getByRole('banner')).toContainText('Куратор образовательной организации');
    await expect(page.getByRole('banner')).toContainText('город Смоленск');
  });

  test('«Выйти» forgets the token and returns to the sign-in', async ({ page }) => {
    await page.goto(`${gatewayOrigin()}/dashboard/#/sign-in`);
    await page.getByLabel('Роль').selectOption('ANALYST');
    await page.getByLabel('Регион').selectOption('78');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/#\/region\/78$/);
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page).toHaveURL(/#\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Вы вышли.' })).toBeVisible();
    expect(await storedToken(page)).toBeNull();
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/78`);
    await expect(page).toHaveURL(/#\/sign-in$/);
  });

  test('an analyst may sign in nation-wide and then chooses a region', async ({ page }) => {
    await page.goto(`${gatewayOrigin()}/dashboard/#/sign-in`);
    await page.getByLabel('Роль').selectOption('ANALYST');
    await page.getByLabel('Регион').selectOption({ label: 'Все регионы (по всей стране)' });
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/#\/regions$/);
    await expect(page.getByRole('banner')).toContainText('Все регионы (по всей стране)');
    await page.getByRole('link', { name: 'Смоленская область' }).click();
    await expect(page).toHaveURL(/#\/region\/67$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Смоленская область');
  });

  test('a token the gateway no longer accepts returns to the sign-in with a message', async ({ page }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: '67' }, '1s');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/67`);
    await expect(page).toHaveURL(/#\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'Сеанс завершён' })).toContainText(
      'Срок действия токена истёк',
    );
    expect(await storedToken(page)).toBeNull();
  });

  test('the sign-in has no serious accessibility violation at 1440 and 375 px', async ({ page }) => {
    await page.goto(`${gatewayOrigin()}/dashboard/#/sign-in`);
    await expect(page.getByLabel('Регион').locator('option').first()).not.toHaveText('Загрузка…');
    await expectAccessible(page, 'sign-in at 1440 px');
    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, 'sign-in at 375 px');
  });
});
