import type { Viewer } from '@mentoring/platform/auth';
import { badUserInput, forbidden, notFound } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import type { Context } from '../../context.js';
import type { TerritoryLocation } from '../territories/places.js';
import type { StatisticsScope } from './statement.js';

const REGION_CODE = /^\d{2}$/;

/** Where a region lies, by its code, from the registry's published view: null for a code the registry does not know. */
async function regionPlace({ em }: Context, regionCode: string): Promise<TerritoryLocation | null> {
  const [row] = await em.execute<{ region_id: string; region_code: string }[]>(
    `select "region_id", "region_code" from "registry_pub"."municipality_territory" where "region_code" = ? limit 1`,
    [regionCode],
  );
  return row
    ? {
        regionId: row.region_id,
        regionCode: row.region_code,
        municipalityId: null,
        municipalityOktmo: null,
        organizationId: null,
      }
    : null;
}

/** Roles whose token names one region read that region's statistics only: an analyst of a region, a region's system. */
function mayReadRegion(viewer: Viewer, regionCode: string): boolean {
  if (viewer.role !== 'ANALYST' && viewer.role !== 'EXTERNAL_SYSTEM') return true;
  return !viewer.scope.regionCode || viewer.scope.regionCode === regionCode;
}

/** The scope a statistics request names, checked: exactly one of region code and municipality id, known, readable. */
export async function resolveScope(
  args: { regionCode?: string | null; municipalityId?: string | null },
  context: Context,
): Promise<{ scope: StatisticsScope; place: TerritoryLocation }> {
  const { regionCode, municipalityId } = args;
  if (((regionCode ?? null) === null) === ((municipalityId ?? null) === null))
    throw badUserInput(
      'Укажите ровно одно из regionCode и municipalityId; give exactly one of regionCode and municipalityId.',
    );
  let scope: StatisticsScope;
  let place: TerritoryLocation | null;
  if (regionCode) {
    if (!REGION_CODE.test(regionCode))
      throw badUserInput(`Код субъекта РФ — две цифры, например "67"; regionCode must be two digits.`);
    scope = { regionCode };
    place = await regionPlace(context, regionCode);
    if (!place) throw notFound(`Субъект РФ с кодом ${regionCode} не найден; no region with this code.`);
  } else {
    const id = present(municipalityId, 'municipalityId, given when regionCode is not');
    scope = { municipalityId: id };
    place = await context.loaders.places.MUNICIPALITY.load(id);
    if (!place) throw notFound('Муниципальное образование не найдено; no municipality with this id.');
  }
  if (!mayReadRegion(context.viewer, place.regionCode))
    throw forbidden(
      `Токен даёт статистику только своего субъекта РФ (${context.viewer.scope.regionCode ?? ''}); the token covers one region.`,
    );
  return { scope, place };
}
