import AxeBuilder from '@axe-core/playwright';
import { issueToken, type Role, type TerritoryScope } from '@mentoring/platform/auth';
import { readSubgraphList, SUPERGRAPH_FILE } from '@mentoring/platform/config';
import { freePort } from '@mentoring/platform/launcher';
import { createLogger } from '@mentoring/platform/logging';
import { operationHash } from '@mentoring/platform/operation-hash';
import { expect, type Page } from '@playwright/test';
import { parse } from 'graphql';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PERSISTED_OPERATIONS_DIR, WEB_DIR, type GatewayConfig } from '../../gateway/src/config.ts';
import { DEFAULT_LIMITS } from '../../gateway/src/limits/limits.ts';
import type { GraphQLAnswer } from '../src/shared/graphql.ts';
import { SESSION_STORAGE_KEY, type Session } from '../src/shared/session.ts';

/** What the dashboard's browser tests share: tokens, a signed-in page, the page's operations run from the test. */

export const gatewayOrigin = () => process.env['PAGES_GATEWAY_ORIGIN']!;
export const graphqlUrl = () => process.env['PAGES_GRAPHQL_URL']!;

export const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** A token as the gateway's development sign-in would issue it, signed with the system's secret. */
export function tokenFor(role: Exclude<Role, 'PUBLIC'>, scope: TerritoryScope, expiresIn = '1h'): Promise<string> {
  return issueToken(
    {
      kind: 'hs256',
      secret: process.env['PAGES_JWT_SECRET']!,
      issuer: 'mentoring-federation',
      audience: 'mentoring-federation',
    },
    { subject: `browser-${role.toLowerCase()}`, role, scope, expiresIn },
  );
}

/** Signs the page in before its scripts run, as the sign-in leaves it: the session in sessionStorage only. */
export async function signIn(page: Page, token: string, territoryLabel?: string): Promise<void> {
  const session: Session = {
    token,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    ...(territoryLabel ? { territoryLabel } : {}),
  };
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
    },
    [SESSION_STORAGE_KEY, JSON.stringify(session)] as const,
  );
}

/** How many times a view has said its data is on screen. */
export const readyMarks = (page: Page) => page.evaluate(() => performance.getEntriesByName('dashboard-ready').length);

/** Waits for the next `dashboard-ready` mark after `before` of them. */
export async function waitForReady(page: Page, before = 0): Promise<void> {
  await page.waitForFunction((count) => performance.getEntriesByName('dashboard-ready').length > count, before, {
    timeout: 30_000,
  });
}

/** A registered operation of the pages, run from the test by its hash alone, as the page sends it. */
export async function runPageOperation<T>(
  file: string,
  variables: Record<string, unknown>,
  token?: string,
  endpoint = graphqlUrl(),
): Promise<GraphQLAnswer<T>> {
  const text = readFileSync(fileURLToPath(new URL(`../../gateway/operations/${file}`, import.meta.url)), 'utf8');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(parse(text)) } },
    }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, what: string, exclude: readonly string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  const others = results.violations.filter((violation) => !serious.includes(violation));
  console.log(
    `axe ${what}: ${results.passes.length} rules passed, ${serious.length} serious or critical, ` +
      `${others.length} minor or moderate${others.length ? ` (${others.map((violation) => violation.id).join(', ')})` : ''}`,
  );
  expect(
    serious.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    })),
    what,
  ).toEqual([]);
}

/** The text a cell shows, without the template's surrounding whitespace (non-breaking spaces inside stay). */
export const shown = (text: string | null) => (text ?? '').replace(/^[\s]+|[\s]+$/g, '').replace(/[ \n\t]+/g, ' ');

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * The gateway module, imported by a computed specifier: the gateway compiles against Node's fetch types, this package
 * against the DOM's, so the pages' type check does not follow it.
 */
const GATEWAY_MODULE = '../../gateway/src/gateway.ts';

/**
 * A second gateway, in this process, over the system's own subgraphs and database, serving the same built pages:
 * with one subgraph pointed at a port nothing listens on (`unreachable`).
 */
export async function startSecondGateway(options: { unreachable: string }): Promise<RunningGateway> {
  const urls = JSON.parse(process.env['PAGES_SUBGRAPH_URLS']!) as Record<string, string>;
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  const config: GatewayConfig = {
    port: 0,
    host: '127.0.0.1',
    gatewaySecret: process.env['PAGES_GATEWAY_SECRET']!,
    tokens: {
      kind: 'hs256',
      secret: process.env['PAGES_JWT_SECRET']!,
      issuer: 'mentoring-federation',
      audience: 'mentoring-federation',
    },
    supergraphFile: SUPERGRAPH_FILE,
    subgraphs: readSubgraphList().map((entry) => ({
      name: entry.name,
      url: entry.name === options.unreachable ? nowhere : urls[entry.name]!,
      ours: entry.ours,
    })),
    subgraphTimeoutMs: 5_000,
    maxBodyBytes: 100_000,
    maxImportBodyBytes: 1_000_000,
    limits: { ...DEFAULT_LIMITS, rateLimitPerMinuteIp: 1_000_000, rateLimitPerMinuteUser: 1_000_000 },
    databaseUrl: process.env['PAGES_DATABASE_URL']!,
    trustedProxies: [],
    operationsDir: PERSISTED_OPERATIONS_DIR,
    webDir: WEB_DIR,
    production: false,
    // A stopped subgraph is logged as an error on every request: expected here.
    logger: createLogger({ service: 'second-gateway', settings: { level: 'fatal' } }),
  };
  const gateway = (await import(GATEWAY_MODULE)) as { startGateway(config: GatewayConfig): Promise<RunningGateway> };
  return gateway.startGateway(config);
}
