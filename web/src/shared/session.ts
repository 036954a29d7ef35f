/**
 * The signed-in viewer of the pages. The token lives in sessionStorage only (gone with the tab, never a cookie), goes
 * only into the Authorization header of GraphQL requests and never into an address. Its claims are read here only to
 * show who is signed in and where to land: the gateway verifies the token on every request.
 */

import { ROLE_NAMES } from './messages.ts';

export type DashboardRole =
  'REGIONAL_OPERATOR' | 'MUNICIPAL_COORDINATOR' | 'ANALYST' | 'SCHOOL_CURATOR' | 'SCHOOL_HEAD';

/** Roles with a dashboard, in the order the sign-in offers them; another region's system (EXTERNAL_SYSTEM) has none. */
export const DASHBOARD_ROLES: readonly DashboardRole[] = [
  'REGIONAL_OPERATOR',
  'MUNICIPAL_COORDINATOR',
  'ANALYST',
  'SCHOOL_CURATOR',
  'SCHOOL_HEAD',
];

export const ROLE_LABELS: Record<DashboardRole, string> = ROLE_NAMES;

/** The territory each role's token must name (as the gateway requires it). */
export const ROLE_TERRITORY: Record<DashboardRole, 'region' | 'municipality' | 'organization'> = {
  REGIONAL_OPERATOR: 'region',
  ANALYST: 'region',
  MUNICIPAL_COORDINATOR: 'municipality',
  SCHOOL_CURATOR: 'organization',
  SCHOOL_HEAD: 'organization',
};

export const isDashboardRole = (value: unknown): value is DashboardRole =>
  typeof value === 'string' && (DASHBOARD_ROLES as readonly string[]).includes(value);

export interface Session {
  token: string;
  /** ISO instant after which the gateway refuses the token. */
  expiresAt: string;
  /** Names of the viewer's territory as the sign-in showed them («Смоленская область · город Смоленск»), when known. */
  territoryLabel?: string;
}

/** What the token says about its holder: role and territory scope (claims `role`, `region`, `oktmo`, `org`). */
export interface Viewer {
  role: string;
  regionCode?: string;
  municipalityOktmo?: string;
  organizationId?: string;
}

const STORAGE_KEY = 'mentoring.dashboard.session';

function base64UrlDecode(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT, unverified (the gateway verifies); null when the text is not a JWT. */
export function claimsOf(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(payload));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function viewerOf(token: string): Viewer | null {
  const claims = claimsOf(token);
  if (!claims || typeof claims['role'] !== 'string') return null;
  const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : undefined);
  const regionCode = text('region');
  const municipalityOktmo = text('oktmo');
  const organizationId = text('org');
  return {
    role: claims['role'],
    ...(regionCode ? { regionCode } : {}),
    ...(municipalityOktmo ? { municipalityOktmo } : {}),
    ...(organizationId ? { organizationId } : {}),
  };
}

/** The expiry a token states (`exp`), as an ISO instant; null when it states none. */
export function expiryOf(token: string): string | null {
  const exp = claimsOf(token)?.['exp'];
  return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : null;
}

export function readSession(storage: Storage = sessionStorage): Session | null {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return null;
  try {
    const session = JSON.parse(text) as Partial<Session>;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string') return null;
    return session as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session, storage: Storage = sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}

export const isExpired = (session: Session, now: Date = new Date()): boolean =>
  Date.parse(session.expiresAt) <= now.getTime();

const RETURN_KEY = 'mentoring.signIn.returnTo';
/** Pages of ours that send a viewer to the dashboard's sign-in and want them back: nothing else is followed. */
const RETURN_PATHS = new Set(['/workbench/']);

/** Remembers, for this tab, a page of ours to come back to after the sign-in. */
export function rememberReturn(path: string, storage: Storage = sessionStorage): void {
  if (RETURN_PATHS.has(path)) storage.setItem(RETURN_KEY, path);
}

/** The page to come back to after the sign-in, once; null when none was asked for (or it is not one of ours). */
export function takeReturn(storage: Storage = sessionStorage): string | null {
  const path = storage.getItem(RETURN_KEY);
  storage.removeItem(RETURN_KEY);
  return path !== null && RETURN_PATHS.has(path) ? path : null;
}

/** The storage key, for tests that sign a viewer in before the page loads. */
export const SESSION_STORAGE_KEY = STORAGE_KEY;
