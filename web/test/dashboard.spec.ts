import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERSISTED_OPERATIONS_DIR } from '../../gateway/src/config.ts';
import { operationCost } from '../../gateway/src/limits/cost.ts';
import { DEFAULT_LIMITS } from '../../gateway/src/limits/limits.ts';
import { countText, factText, gapText, targetText } from '../src/dashboard/card-text.ts';
import { DEMO_DATA_NOTICE, ORIGIN_HEADER, SYNTHETIC_ORIGIN_TEXT } from '../src/dashboard/demo-data.ts';
import { FIRST_PAGE, FURTHER_PAGE } from '../src/dashboard/paging.ts';
import {
  AVERAGE_INDICATORS,
  STATUS_LABELS,
  SUMMARY_LABELS,
  type IndicatorValue,
  type MunicipalityDashboard,
  type OrganizationDashboard,
  type RegionDashboard,
} from '../src/dashboard/model.ts';
import { cellText, INITIAL_VIEW, visibleRows, type Column, type Row } from '../src/dashboard/table.ts';
import { MUNICIPALITY_COLUMNS, municipalityRows, SCHOOL_COLUMNS, schoolRows } from '../src/dashboard/territory-rows.ts';
import { countWith, formatCount, formatDate, formatPercent, formatPeriod, todayIso } from '../src/shared/format.ts';
import { describeMissingParts } from '../src/dashboard/missing-parts.ts';
import {
  expectAccessible,
  gatewayOrigin,
  readyMarks,
  runPageOperation,
  SCREENSHOTS,
  shown,
  signIn,
  startSecondGateway,
  tokenFor,
  waitForReady,
  type RunningGateway,
} from './dashboard-session.ts';

/**
 * The regional dashboard in a real browser against the whole system on the demo data: every figure on the cards and
 * in the tables equals what the same registered operation answers with the same token (formatted by the page's own
 * modules); drill-down region → municipality → school and back; the table's XLSX is the table shown; the analytics
 * report downloads; a stopped subgraph leaves the rest on screen with a notice; axe finds nothing serious at 1440 and
 * 375 px; the time to the view's data on screen is logged.
 */

const SMOLENSK = '67';
const SMOLENSK_CITY = '66701000';

/** The region view's answer as the page assembles it: the overview with the first page, then the further pages. */
async function regionAnswer(token: string, endpoint?: string) {
  const first = await runPageOperation<RegionDashboard>(
    'page-region-dashboard.graphql',
    { regionCode: SMOLENSK, municipalitiesFirst: FIRST_PAGE, signedIn: true },
    token,
    endpoint,
  );
  const region = first.data!.region!;
  const nodes = region.municipalities.edges.map((edge) => edge.node);
  let pageInfo = region.municipalities.pageInfo;
  while (pageInfo.hasNextPage) {
    const next = await runPageOperation<RegionDashboard>(
      'page-region-dashboard.graphql',
      { regionCode: SMOLENSK, municipalitiesFirst: FURTHER_PAGE, after: pageInfo.endCursor, overview: false },
      token,
      endpoint,
    );
    const page = next.data!.region!.municipalities;
    nodes.push(...page.edges.map((edge) => edge.node));
    pageInfo = page.pageInfo;
  }
  return { region, nodes, errors: first.errors ?? [] };
}

async function municipalityAnswer(token: string, oktmo: string) {
  const first = await runPageOperation<MunicipalityDashboard>(
    'page-municipality-dashboard.graphql',
    { oktmo, schoolsFirst: FIRST_PAGE },
    token,
  );
  expect(first.errors).toBeUndefined();
  const municipality = first.data!.municipality!;
  const nodes = municipality.organizations.edges.map((edge) => edge.node);
  let pageInfo = municipality.organizations.pageInfo;
  while (pageInfo.hasNextPage) {
    const next = await runPageOperation<MunicipalityDashboard>(
      'page-municipality-dashboard.graphql',
      { oktmo, schoolsFirst: FURTHER_PAGE, after: pageInfo.endCursor, overview: false },
      token,
    );
    const page = next.data!.municipality!.organizations;
    nodes.push(...page.edges.map((edge) => edge.node));
    pageInfo = page.pageInfo;
  }
  return { municipality, nodes };
}

/** The cards show each value of the answer as the page formats it. */
async function expectCards(page: Page, values: readonly IndicatorValue[]): Promise<void> {
  await expect(page.locator('.cards > li')).toHaveCount(values.length);
  for (const value of values) {
    const card = page.locator(`.cards > li[data-code="${value.indicator.code}"]`);
    await expect(card.locator('.card-title')).toHaveText(value.indicator.name);
    await expect(card.locator('.fact-value')).toHaveText(factText(value));
    await expect(card.locator('.target-value')).toHaveText(targetText(value));
    await expect(card.locator('.gap-value')).toHaveText(gapText(value));
    await expect(card.locator('.card-status .status')).toHaveText(STATUS_LABELS[value.status]);
    const count = countText(value);
    if (count) await expect(card.locator('.fact-count')).toHaveText(`(${count})`);
    // A satisfaction level is a mean of answers: «по N ответам», never «N из M».
    if (count && AVERAGE_INDICATORS.has(value.indicator.code)) expect(count).toMatch(/^в среднем по [\d\u00a0]+ ответ/);
  }
}

/** Every row and cell of a table on screen, as text. */
async function tableText(table: Locator, columns: readonly Column[]): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll(
      (rows, keys) =>
        rows.map((row) =>
          keys.map(
            (key, index) =>
              (index === 0
                ? row.querySelector(`[data-column="${key}"] a`)
                : row.querySelector(`[data-column="${key}"]`)
              )?.textContent ?? '',
          ),
        ),
      columns.map((column) => column.key),
    )
    .then((rows) => rows.map((cells) => cells.map(shown)));
}

const expectedText = (rows: readonly Row[], columns: readonly Column[]) =>
  rows.map((row) => columns.map((column, index) => (index === 0 ? row.name : cellText(column, row.cells[column.key]))));

test.describe('the regional dashboard', () => {
  test('the region view shows the registered operation’s figures: cards and the municipalities table', async ({
    page,
  }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
    await signIn(page, token, 'Смоленская область');
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const timing = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      ready: performance.getEntriesByName('dashboard-ready')[0]!.startTime,
    }));
    console.log(
      `region view (region 67, demo data): first-contentful-paint ${Math.round(timing.firstContentfulPaint ?? -1)} ms, ` +
        `dashboard-ready (the view's data on screen) ${Math.round(timing.ready)} ms after navigation`,
    );

    const answer = await regionAnswer(token);
    expect(answer.errors).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Смоленская область');
    await expect(page.locator('.demo-notice')).toHaveText(DEMO_DATA_NOTICE);
    await expectCards(page, answer.region.indicators!);
    const table = page.locator('territory-table');
    const rows = municipalityRows(answer.nodes);
    expect(rows).toHaveLength(27);
    expect(await tableText(table, MUNICIPALITY_COLUMNS)).toEqual(expectedText(rows, MUNICIPALITY_COLUMNS));
    await expect(
      page.getByRole('img', { name: /Охват молодых педагогов наставничеством по муниципалитетам/ }),
    ).toBeVisible();
    await expect(page.locator('.coverage-chart svg')).toHaveCount(1);
    // The regional roadmap's overdue items, as planning says them.
    const overdue = answer.region
      .roadmaps!.flatMap((roadmap) => roadmap.items)
      .filter((item) => item.status === 'OVERDUE');
    await expect(page.locator('.overdue-items > li')).toHaveCount(overdue.length);
    // OVERDUE says only that the date passed with no completion recorded, and the page says no more.
    await expect(page.getByRole('heading', { name: 'Срок прошёл, выполнение не отмечено' })).toBeVisible();
    for (const text of await page.locator('roadmap-panel, territory-table thead').allTextContents())
      expect(text).not.toMatch(/просрочен/i);
    await expect(page.locator('.roadmap-note, .reporting-note')).toHaveCount(0);
    // Seed 000's «Муниципальный план / отчет»: each obligation with its summary, marked when demo submissions count.
    const obligations = answer.region.reportingObligations!.edges.map((edge) => edge.node);
    expect(obligations.map((obligation) => obligation.kind)).toEqual(expect.arrayContaining(['PLAN', 'REPORT']));
    await expect(page.locator('.obligation')).toHaveCount(obligations.length);
    for (const obligation of obligations) {
      const panel = page.locator(`.obligation[data-obligation="${obligation.id}"]`);
      await expect(panel.locator('h3')).toContainText(obligation.title);
      await expect(panel.locator('.obligation-due')).toContainText(formatDate(obligation.dueDate));
      for (const [key] of SUMMARY_LABELS)
        await expect(panel.locator(`[data-summary="${key}"]`)).toHaveText(formatCount(obligation.summary[key]));
      await expect(panel.locator('.obligation-synthetic .badge.synthetic')).toHaveCount(
        obligation.summary.includesSyntheticData ? 1 : 0,
      );
    }
    expect(obligations.some((obligation) => obligation.summary.includesSyntheticData)).toBe(true);
    // The monitoring campaigns, with the start monitoring's completion from its participation indicator.
    const campaigns = page.locator('.campaigns > li');
    await expect(campaigns).toHaveCount(2);
    const start = answer.region.indicators!.find((value) => value.indicator.code === 'START_MONITORING_PARTICIPATION')!;
    await expect(campaigns.filter({ hasText: 'Стартовый мониторинг' })).toContainText(
      `Отправили форму: ${factText(start)}`,
    );
    // Reported figures and their demo mark.
    const implementing = page.locator('.cards > li[data-code="ORGS_IMPLEMENTING_TEACHER_MENTORING"]');
    await expect(implementing.locator('.reported')).toContainText('60-80%');
    await expect(implementing.locator('.reported .badge.synthetic')).toContainText('SYNTHETIC');
    // A campaign titled «Мониторинг …» is its own source's name: no «мониторинг «Мониторинг «…»»».
    for (const source of await page.locator('.reported-source').allTextContents())
      expect(source).not.toMatch(/мониторинг\s+«\s*мониторинг/iu);
    await page.screenshot({ path: `${SCREENSHOTS}region.png`, fullPage: true });
  });

  test('an analyst sees the same view with small counts of people hidden as the answer hides them', async ({
    page,
  }) => {
    const token = await tokenFor('ANALYST', { regionCode: '78' });
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const answer = await regionAnswer(token);
    await expectCards(page, answer.region.indicators!);
    const rows = municipalityRows(answer.nodes);
    expect(rows.some((row) => Object.values(row.cells).some((cell) => cell.kind === 'suppressed'))).toBe(true);
    expect(await tableText(page.locator('territory-table'), MUNICIPALITY_COLUMNS)).toEqual(
      expectedText(rows, MUNICIPALITY_COLUMNS),
    );
    await expect(page.locator('territory-table td', { hasText: 'скрыто' }).first()).toBeVisible();
    // A hidden coverage has a status nobody may see: «Скрыто», not «Нет данных».
    for (const row of rows.filter((candidate) => candidate.cells['coverage']?.kind === 'suppressed'))
      expect(row.cells['status']).toEqual({ kind: 'text', value: 'Скрыто' });
  });

  test('the table sorts and filters by keyboard, and downloads as XLSX exactly as shown', async ({ page }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const rows = municipalityRows((await regionAnswer(token)).nodes);
    const table = page.locator('territory-table');
    const names = () => table.locator('tbody th a').allTextContents();

    const coverageHeader = table.getByRole('columnheader', { name: /Охват, %/ });
    await coverageHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(coverageHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = visibleRows(rows, { ...INITIAL_VIEW, sortKey: 'coverage', direction: 'ascending' });
    expect(await names()).toEqual(ascending.map((row) => row.name));
    await page.keyboard.press('Enter');
    await expect(coverageHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = visibleRows(rows, { ...INITIAL_VIEW, sortKey: 'coverage', direction: 'descending' });
    expect(await names()).toEqual(descending.map((row) => row.name));

    await page.getByLabel('Поиск по названию').fill('ский');
    const filtered = visibleRows(rows, {
      ...INITIAL_VIEW,
      sortKey: 'coverage',
      direction: 'descending',
      nameFilter: 'ский',
    });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(rows.length);
    expect(await names()).toEqual(filtered.map((row) => row.name));
    await expect(page.locator('.table-count')).toHaveText(`Показано ${filtered.length} из ${rows.length}`);
    await page.getByLabel('Статус охвата молодых педагогов').selectOption('ACHIEVED');
    const achieved = visibleRows(rows, {
      ...INITIAL_VIEW,
      sortKey: 'coverage',
      direction: 'descending',
      nameFilter: 'ский',
      statusFilter: 'ACHIEVED',
    });
    expect(await names()).toEqual(achieved.map((row) => row.name));
    await page.getByLabel('Статус охвата молодых педагогов').selectOption('BEHIND');
    const shownRows = visibleRows(rows, {
      ...INITIAL_VIEW,
      sortKey: 'coverage',
      direction: 'descending',
      nameFilter: 'ский',
      statusFilter: 'BEHIND',
    });
    expect(await names()).toEqual(shownRows.map((row) => row.name));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать таблицу (XLSX)' }).click(),
    ]);
    // The page names the file by its own calendar (Europe/Moscow here), not the test runner's UTC one:
    // between 21:00 and 24:00 UTC the two days differ.
    const browserToday = await page.evaluate(todayIso, undefined);
    expect(download.suggestedFilename()).toBe(`Муниципалитеты — Смоленская область — ${browserToday}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const values = (rowNumber: number) => (sheet.getRow(rowNumber).values as unknown[]).slice(1);
    // The demo installation's note first, then the header with the origin column, then the rows shown.
    expect(sheet.name).toBe('Муниципальные образования');
    expect(values(1)).toEqual([DEMO_DATA_NOTICE]);
    expect(values(2)).toEqual([...MUNICIPALITY_COLUMNS.map((column) => column.header), ORIGIN_HEADER]);
    expect(sheet.rowCount).toBe(shownRows.length + 2);
    shownRows.forEach((row, index) => {
      const cells = MUNICIPALITY_COLUMNS.map((column) => {
        const cell = row.cells[column.key]!;
        return cell.kind === 'number' ? cell.value : cellText(column, cell);
      });
      expect(values(index + 3)).toEqual(row.synthetic ? [...cells, SYNTHETIC_ORIGIN_TEXT] : cells);
    });
    expect(values(3).filter((value) => typeof value === 'number').length).toBeGreaterThan(5);
  });

  test('the date form shows the figures on a past day, kept in the address after #', async ({ page }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const marks = await readyMarks(page);
    await page.getByLabel('На дату').fill('2024-12-31');
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page).toHaveURL(new RegExp(`#/region/${SMOLENSK}\\?asOf=2024-12-31$`));
    await waitForReady(page, marks);
    await expect(page.locator('.view-date')).toHaveText('Данные на 31 декабря 2024 г.');
    // Planning answers the roadmap items' statuses for today only, and the page says so on a past day.
    await expect(page.locator('.roadmap-note')).toContainText('Статусы пунктов — на сегодня');
    await expect(page.locator('.reporting-note')).toContainText('Состояния представления — на сегодня');
    const answer = await runPageOperation<RegionDashboard>(
      'page-region-dashboard.graphql',
      { regionCode: SMOLENSK, asOf: '2024-12-31', municipalitiesFirst: FIRST_PAGE, signedIn: true },
      token,
    );
    const values = answer.data!.region!.indicators!;
    expect(values.every((value) => value.asOf === '2024-12-31')).toBe(true);
    await expectCards(page, values);
  });

  test('the key indicators report downloads as the analytics XLSX', async ({ page }) => {
    await signIn(page, await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK }));
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ключевые показатели (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Ключевые показатели — Смоленская область — .*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    // The demo installation's note above the analytics report's own header.
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([DEMO_DATA_NOTICE]);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Показатель',
      'Плановое значение',
      'Достигнутое значение',
    ]);
    expect(sheet.rowCount).toBeGreaterThan(2);
  });

  test('drill-down: region → municipality → school, and back up by the breadcrumbs', async ({ page }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
    await signIn(page, token);
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);

    let marks = await readyMarks(page);
    await page.locator('territory-table').getByRole('link', { name: 'город Смоленск', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/municipality/${SMOLENSK_CITY}$`));
    await waitForReady(page, marks);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('город Смоленск');
    await expect(page.locator('.demo-notice')).toHaveText(DEMO_DATA_NOTICE);
    const municipality = await municipalityAnswer(token, SMOLENSK_CITY);
    await expectCards(page, municipality.municipality.indicators!);
    const schools = schoolRows(municipality.nodes, false);
    expect(schools.length).toBe(municipality.municipality.organizations.totalCount);
    // Schools come sorted by name, numbers in names in their order (№ 2 before № 10).
    await expect(page.locator('territory-table thead th[data-column="name"]')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(await tableText(page.locator('territory-table'), SCHOOL_COLUMNS)).toEqual(
      expectedText(visibleRows(schools, { ...INITIAL_VIEW, sortKey: 'name' }), SCHOOL_COLUMNS),
    );
    await expect(page.locator('territory-table .badge.synthetic').first()).toContainText('SYNTHETIC');
    await page.screenshot({ path: `${SCREENSHOTS}municipality.png`, fullPage: true });

    marks = await readyMarks(page);
    await page.locator('territory-table').getByRole('link', { name: 'Демо-школа № 1 (город Смоленск)' }).click();
    await expect(page).toHaveURL(/#\/organization\/[0-9a-f-]{36}$/);
    await waitForReady(page, marks);
    const organizationId = page.url().split('/').at(-1)!;
    const school = await runPageOperation<OrganizationDashboard>(
      'page-organization-dashboard.graphql',
      { organizationId, signedIn: true },
      token,
    );
    expect(school.errors).toBeUndefined();
    const organization = school.data!.organization!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(organization.shortName);
    await expect(page.locator('.demo-notice')).toHaveText(DEMO_DATA_NOTICE);
    await expectCards(page, organization.indicators!);
    const items = organization.roadmaps!.flatMap((roadmap) => roadmap.items);
    expect(items.length).toBeGreaterThan(0);
    await expect(page.locator('.items-table tbody tr')).toHaveCount(items.length);
    await expect(page.locator('[data-count="mentors"]')).toHaveText(String(organization.mentoring!.mentors.totalCount));
    await expect(page.locator('.roadmap .badge.synthetic')).toContainText('SYNTHETIC');
    await page.screenshot({ path: `${SCREENSHOTS}school.png`, fullPage: true });

    const crumbs = page.getByRole('navigation', { name: 'Навигационная цепочка' });
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(organization.shortName);
    marks = await readyMarks(page);
    await crumbs.getByRole('link', { name: 'город Смоленск' }).click();
    await waitForReady(page, marks);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('город Смоленск');
    marks = await readyMarks(page);
    await crumbs.getByRole('link', { name: 'Смоленская область' }).click();
    await waitForReady(page, marks);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Смоленская область');
  });

  test.describe('with the planning subgraph stopped', () => {
    let degraded: RunningGateway | undefined;
    test.beforeAll(async () => {
      degraded = await startSecondGateway({ unreachable: 'planning' });
    });
    test.afterAll(async () => {
      await degraded?.close();
    });

    test('the region view shows what arrived and names what is missing', async ({ page }) => {
      const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
      await signIn(page, token);
      const origin = new URL(degraded!.url).origin;
      await page.goto(`${origin}/dashboard/#/region/${SMOLENSK}`);
      await waitForReady(page);
      const notice = page.getByRole('status').filter({ hasText: 'Показано не всё' });
      await expect(notice).toContainText(/Нет данных: .*дорожные карты.* — сервис «планирование» недоступен/);
      await expect(notice).toContainText('мероприятия и сроки');
      const answer = await regionAnswer(token, degraded!.url);
      expect(answer.errors.every((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
      await expectCards(page, answer.region.indicators!);
      const rows = municipalityRows(answer.nodes);
      expect(rows).toHaveLength(27);
      expect(await tableText(page.locator('territory-table'), MUNICIPALITY_COLUMNS)).toEqual(
        expectedText(rows, MUNICIPALITY_COLUMNS),
      );
      await expect(page.getByText('Дорожные карты недоступны.')).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}region-planning-stopped.png`, fullPage: true });
    });
  });

  test('every view has no serious accessibility violation at 1440 and 375 px, and reads on a phone', async ({
    page,
  }) => {
    const token = await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK });
    await signIn(page, token);
    const organizationId = (await municipalityAnswer(token, SMOLENSK_CITY)).nodes[0]!.id;
    for (const [name, route] of [
      ['region', `#/region/${SMOLENSK}`],
      ['municipality', `#/municipality/${SMOLENSK_CITY}`],
      ['school', `#/organization/${organizationId}`],
    ] as const) {
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        // A fresh document each time (a new hash alone would keep the page and its marks).
        await page.goto('about:blank');
        await page.goto(`${gatewayOrigin()}/dashboard/${route}`);
        await waitForReady(page);
        await expectAccessible(page, `${name} view at ${width} px`);
        if (width === 375) {
          // Nothing but the tables scrolls sideways; the cards stack.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
          const cards = await page
            .locator('.cards > li')
            .evaluateAll((items) => items.slice(0, 2).map((item) => item.getBoundingClientRect().left));
          expect(new Set(cards).size).toBe(1);
        }
      }
    }
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    const scroller = page.locator('territory-table .table-scroll');
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });

  test('the print stylesheet drops navigation and buttons and keeps the tables whole and the charts', async ({
    page,
  }) => {
    await signIn(page, await tokenFor('REGIONAL_OPERATOR', { regionCode: SMOLENSK }));
    await page.goto(`${gatewayOrigin()}/dashboard/#/region/${SMOLENSK}`);
    await waitForReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Выйти' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Скачать таблицу (XLSX)' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Навигационная цепочка' })).toBeHidden();
    await expect(page.locator('.coverage-chart svg')).toBeVisible();
    await expect(page.locator('.demo-notice')).toBeVisible();
    const pageRule = await page.evaluate(
      () =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
          .find((rule) => rule instanceof CSSPageRule)?.cssText ?? '',
    );
    expect(pageRule).toMatch(/size: A4 landscape; margin: 10mm/i);
    expect(
      await page.locator('territory-table .table-scroll').evaluate((element) => getComputedStyle(element).overflowX),
    ).toBe('visible');
  });

  test('each page operation stays within the cost limits of the roles that run it, and of anonymous clients', () => {
    const schema = Supergraph.build(readFileSync(SUPERGRAPH_FILE, 'utf8')).apiSchema().toGraphQLJSSchema();
    const cost = (file: string, variables: Record<string, unknown>) =>
      operationCost(schema, parse(readFileSync(join(PERSISTED_OPERATIONS_DIR, file), 'utf8')), undefined, variables);
    const budget = Math.min(DEFAULT_LIMITS.costBudget.ANALYST, DEFAULT_LIMITS.costBudget.PUBLIC);
    const costs = {
      region: cost('page-region-dashboard.graphql', {
        regionCode: SMOLENSK,
        municipalitiesFirst: FIRST_PAGE,
        signedIn: true,
      }),
      regionFurther: cost('page-region-dashboard.graphql', {
        regionCode: SMOLENSK,
        municipalitiesFirst: FURTHER_PAGE,
        after: 'x',
        overview: false,
      }),
      municipality: cost('page-municipality-dashboard.graphql', { oktmo: SMOLENSK_CITY, schoolsFirst: FIRST_PAGE }),
      municipalityFurther: cost('page-municipality-dashboard.graphql', {
        oktmo: SMOLENSK_CITY,
        schoolsFirst: FURTHER_PAGE,
        overview: false,
      }),
      school: cost('page-organization-dashboard.graphql', {
        organizationId: '00000000-0000-4000-8000-000000000000',
        signedIn: true,
      }),
      report: cost('page-indicator-report.graphql', { territoryId: '00000000-0000-4000-8000-000000000000' }),
    };
    console.log(`page operations' cost (analyst and anonymous limit ${budget}): ${JSON.stringify(costs)}`);
    for (const [name, value] of Object.entries(costs)) expect(value, name).toBeLessThanOrEqual(budget);
  });

  test('figures in Russian formats, and a partial answer in words', () => {
    expect(formatCount(1234)).toBe('1\u00a0234');
    expect(formatPercent(32.3)).toBe('32,3\u00a0%');
    expect(formatDate('2026-11-23')).toBe('23 ноября 2026 г.');
    expect(formatPeriod('2022-12-15', '2022-12-25')).toBe('15–25 декабря 2022 г.');
    const slices = { one: 'срез', few: 'среза', many: 'срезов' };
    expect([1, 3, 5, 21, 1234].map((count) => countWith(count, slices))).toEqual([
      '1 срез',
      '3 среза',
      '5 срезов',
      '21 срез',
      '1\u00a0234 среза',
    ]);
    const satisfaction = { code: 'MENTEE_SATISFACTION', name: 'Удовлетворенность', unit: '%' };
    expect(countText({ numerator: 2295, denominator: 30, indicator: satisfaction })).toBe('в среднем по 30 ответам');
    expect(countText({ numerator: 80, denominator: 1, indicator: satisfaction })).toBe('в среднем по 1 ответу');
    expect(countText({ numerator: 97, denominator: 300, indicator: { ...satisfaction, code: 'X' } })).toBe('97 из 300');
    const unavailable = (path: (string | number)[]) => ({
      message: 'Сервис «planning» недоступен; the planning service is unavailable, so this field is missing.',
      path,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
    expect(
      describeMissingParts([
        unavailable(['region', 'roadmaps']),
        unavailable(['region', 'municipalities', 'edges', 3, 'node', 'roadmaps']),
        unavailable(['calendar']),
        {
          message:
            'Поле Query.monitoringCampaigns недоступно для роли PUBLIC; Query.monitoringCampaigns is not available to this role.',
          path: ['monitoringCampaigns'],
          extensions: { code: 'FORBIDDEN' },
        },
      ]),
    ).toEqual([
      'Нет данных: дорожные карты, мероприятия и сроки — сервис «планирование» недоступен',
      'Нет данных: мониторинги — поле Query.monitoringCampaigns недоступно для роли «посетитель без входа»',
    ]);
  });
});
