import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expectAccessible, gatewayOrigin, graphqlUrl, SCREENSHOTS, signIn, tokenFor } from './dashboard-session.ts';

/**
 * The analysts' workbench as an analyst on a machine without internet uses it: signs in through the pages' sign-in,
 * explores the schema's documentation, sees a query's cost before running it, opens and runs a query of the library,
 * saves one, and downloads a result as XLSX — while every request the page and its editor's workers make goes to the
 * gateway's origin and nowhere else.
 */

interface Foreign {
  url: string;
}

/** Refuses (and records) every request to another origin: a page that needs the internet fails here. */
async function onlyOurOrigin(page: Page): Promise<Foreign[]> {
  const foreign: Foreign[] = [];
  const origin = gatewayOrigin();
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      await route.continue();
      return;
    }
    foreign.push({ url });
    await route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push({ url });
  });
  return foreign;
}

async function signInAsAnalyst(page: Page): Promise<void> {
  await page.goto(`${gatewayOrigin()}/workbench/`);
  await expect(page.getByRole('heading', { name: 'Рабочее место аналитика' })).toBeVisible();
  await page.getByRole('link', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/dashboard\/#\/sign-in$/);
  await page.getByLabel('Роль').selectOption('ANALYST');
  await page.getByLabel('Регион').selectOption('67');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(/\/workbench\/$/);
}

const costBar = (page: Page) => page.locator('.cost');

async function typeQuery(page: Page, text: string): Promise<void> {
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test.describe('the analysts’ workbench', () => {
  test('an analyst signs in, explores the schema, sees cost before running, runs, saves and downloads — all from the gateway’s origin', async ({
    page,
  }) => {
    const foreign = await onlyOurOrigin(page);
    await signInAsAnalyst(page);

    const banner = page.getByRole('banner');
    await expect(banner).toContainText('Аналитик');
    await expect(banner).toContainText('Смоленская область');

    // The library of ready queries, open beside the editor.
    const pane = page.locator('.saved-queries');
    await expect(pane.getByRole('heading', { name: /^Библиотека запросов \(\d+\)$/ })).toBeVisible();
    await pane.getByRole('button', { name: 'Наставники по формам наставничества' }).click();
    await expect(page.locator('.graphiql-query-editor')).toContainText('query MentorsByForm');

    // Cost before running: the dry run's report, within the analyst's budget.
    await expect(costBar(page)).toContainText(/Стоимость \d[\d\s]* из 5\s000/);
    const cost = Number(await costBar(page).getAttribute('data-cost'));
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(5_000);

    // Run it: the answer arrives in the result pane.
    await page.getByRole('button', { name: /Execute query/ }).click();
    // The editor renders only the lines in view: the answer's first ones show data and no errors.
    await expect(page.locator('.graphiql-response')).toContainText('"data"', { timeout: 30_000 });
    await expect(page.locator('.graphiql-response')).not.toContainText('"errors"');
    await page.screenshot({ path: `${SCREENSHOTS}workbench.png`, fullPage: true });
    // GraphiQL's own tab markup (a tab holding its close button: nested-interactive) is upstream's to mend.
    await expectAccessible(page, 'workbench at 1440 px', ['.graphiql-tab']);

    // Download its result as XLSX and read it back.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать результат (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^MentorsByForm \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const result = workbook.getWorksheet('Результат')!;
    expect(result.rowCount).toBeGreaterThan(1);
    expect(result.getRow(1).getCell(1).text).toMatch(/^\w+(\.\w+)*$/);
    const about = workbook.getWorksheet('Запрос')!;
    expect(about.getRow(4).getCell(2).text).toBe('Аналитик (ANALYST)');

    // The schema's documentation, in the domain's words.
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await expect(page.locator('.graphiql-doc-explorer')).toContainText('Query');
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await expect(page.locator('.graphiql-doc-explorer')).toContainText('наставник');

    // An over-budget query: the refusal it would get, naming the costliest part, before running.
    await typeQuery(
      page,
      '{ regions(first: 100) { edges { node { municipalities(first: 100) { edges { node { name } } } } } } }',
    );
    await expect(costBar(page)).toContainText('Запрос будет отклонён');
    await expect(costBar(page)).toContainText('regions.edges.node.municipalities');
    // Typing leaves the pane in use open.
    await expect(page.locator('.graphiql-doc-explorer')).toBeVisible();

    // Save a query of one's own, shared with the region.
    await typeQuery(page, 'query MyRegionName { region(code: "67") { name } }');
    const name = `Проверка сохранения ${Date.now()}`;
    await page.getByRole('button', { name: 'Show Сохранённые запросы' }).click();
    await page.getByLabel('Название').fill(name);
    await page.getByLabel('Описание').fill('Название региона (проверка)');
    await page.getByLabel('Доступен коллегам моего региона').check();
    await page.getByRole('button', { name: 'Сохранить как новый' }).click();
    await expect(page.locator('.saved-queries-status')).toContainText(`Сохранён запрос «${name}»`);
    await expect(pane.getByRole('region', { name: 'Мои запросы' })).toContainText(name);
    await expect(pane.getByRole('region', { name: 'Открытый запрос' })).toContainText('создание');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Удалить' }).click();
    await expect(page.locator('.saved-queries-status')).toContainText('удалён');

    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('a saved query of several operations opens on the one it saved, and saving it unchanged changes nothing', async ({
    page,
  }) => {
    const token = await tokenFor('ANALYST', { regionCode: '67' });
    const run = async <T>(query: string, variables: Record<string, unknown>) => {
      const response = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: T }).data;
    };
    const name = `Две операции ${Date.now()}`;
    const { saveQuery } = await run<{ saveQuery: { id: string } }>(
      'mutation ($input: SaveQueryInput!) { saveQuery(input: $input) { id } }',
      {
        input: {
          name,
          query:
            'query Regions { regions { totalCount } }\nquery Organizations { organizations(first: 5) { totalCount } }',
          operationName: 'Organizations',
        },
      },
    );
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/workbench/`);
    await page.locator('.saved-queries').getByRole('button', { name }).click();
    await expect(costBar(page)).toContainText('дороже всего organizations');
    await page.waitForTimeout(500);
    await expect(costBar(page)).toContainText('дороже всего organizations');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await expect(page.locator('.saved-queries-status')).toContainText('сохранены');
    const { savedQuery } = await run<{ savedQuery: { version: number; operationName: string } }>(
      'query ($id: UUID!) { savedQuery(id: $id) { version operationName } }',
      { id: saveQuery.id },
    );
    expect(savedQuery).toEqual({ version: 1, operationName: 'Organizations' });
    await run('mutation ($id: UUID!) { deleteSavedQuery(id: $id, version: 1) }', { id: saveQuery.id });
  });

  test('a browser opening the GraphQL address gets the workbench, not a landing page from a CDN', async ({ page }) => {
    const foreign = await onlyOurOrigin(page);
    await page.goto(graphqlUrl());
    await expect(page).toHaveURL(/\/workbench\/$/);
    await expect(page.getByRole('heading', { name: 'Рабочее место аналитика' })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test('a token the gateway no longer takes returns the analyst to the sign-in', async ({ page }) => {
    const token = await tokenFor('ANALYST', { regionCode: '67' }, '1s');
    await signIn(page, token);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await page.goto(`${gatewayOrigin()}/workbench/`);
    await expect(page.getByText(/Сеанс завершён/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: 'Войти' })).toBeVisible();
  });
});
