/**
 * Hash routes of the dashboard: everything after `#` stays in the browser, so neither the viewer's territory nor
 * the chosen date reaches a server in an address. `#/region/67`, `#/municipality/66701000`,
 * `#/organization/<uuid>`, each with an optional `?asOf=YYYY-MM-DD`; `#/sign-in`; `#/regions` for a nation-wide
 * analyst who has not chosen a region yet.
 */
import type { Viewer } from '../shared/session.ts';

export type Route =
  | { view: 'sign-in' }
  | { view: 'home' }
  | { view: 'regions' }
  | { view: 'region'; regionCode: string; asOf?: string }
  | { view: 'municipality'; oktmo: string; asOf?: string }
  | { view: 'organization'; organizationId: string; asOf?: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const asOfParameter = new URLSearchParams(query).get('asOf');
  const asOf = asOfParameter !== null && ISO_DAY.test(asOfParameter) ? { asOf: asOfParameter } : {};
  const [, view, key] = path.split('/');
  if (view === 'sign-in') return { view: 'sign-in' };
  if (view === 'regions') return { view: 'regions' };
  if (view === 'region' && key && /^\d{2}$/.test(key)) return { view: 'region', regionCode: key, ...asOf };
  if (view === 'municipality' && key && /^\d{8,11}$/.test(key)) return { view: 'municipality', oktmo: key, ...asOf };
  if (view === 'organization' && key && UUID.test(key)) return { view: 'organization', organizationId: key, ...asOf };
  return { view: 'home' };
}

export function hrefOf(route: Route): string {
  const asOf = 'asOf' in route && route.asOf ? `?asOf=${route.asOf}` : '';
  switch (route.view) {
    case 'sign-in':
      return '#/sign-in';
    case 'home':
      return '#/';
    case 'regions':
      return '#/regions';
    case 'region':
      return `#/region/${route.regionCode}${asOf}`;
    case 'municipality':
      return `#/municipality/${route.oktmo}${asOf}`;
    case 'organization':
      return `#/organization/${route.organizationId}${asOf}`;
  }
}

/**
 * Where a viewer lands after signing in: the regional operator and a regional analyst on their region, the municipal
 * coordinator on their municipality, a school's curator and head on their school; a nation-wide analyst chooses.
 */
export function landingOf(viewer: Viewer): Route {
  if (viewer.organizationId && (viewer.role === 'SCHOOL_CURATOR' || viewer.role === 'SCHOOL_HEAD'))
    return { view: 'organization', organizationId: viewer.organizationId };
  if (viewer.municipalityOktmo && viewer.role === 'MUNICIPAL_COORDINATOR')
    return { view: 'municipality', oktmo: viewer.municipalityOktmo };
  if (viewer.regionCode) return { view: 'region', regionCode: viewer.regionCode };
  return { view: 'regions' };
}
