import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput, forbidden, notFound } from '@mentoring/platform/errors';
import type { ReportingObligation } from './obligation.entity.js';

/** The region whose obligations the viewer sets: a regional operator's, from the registry's published territory view. */
export async function operatorRegion(em: EntityManager, viewer: Viewer): Promise<string> {
  const { regionCode } = viewer.scope;
  if (viewer.role === 'REGIONAL_OPERATOR' && regionCode) {
    const [row] = await em.execute<{ region_id: string }[]>(
      'select region_id from registry_pub.municipality_territory where region_code = ? limit 1',
      [regionCode],
    );
    if (row) return row.region_id;
  }
  throw forbidden(
    'Отчётные обязательства устанавливает региональный оператор своего субъекта РФ; your token names no region.',
  );
}

/**
 * Whether the viewer answers for the municipality's documents under the obligation: its municipal coordinator, or the
 * regional operator of the obligation's region (on the municipality's behalf). The municipality must lie in that
 * region (NOT_FOUND for an id the registry does not know, BAD_USER_INPUT for one of another region).
 * Returns whether the viewer acts on the municipality's behalf.
 */
export async function mayAnswerFor(
  em: EntityManager,
  viewer: Viewer,
  obligation: ReportingObligation,
  municipalityId: string,
): Promise<{ onBehalf: boolean }> {
  const [place] = await em.execute<{ municipality_oktmo: string; region_id: string; region_code: string }[]>(
    'select municipality_oktmo, region_id, region_code from registry_pub.municipality_territory where municipality_id = ?',
    [municipalityId],
  );
  if (!place)
    throw notFound(`Муниципальное образование ${municipalityId} не найдено; no municipality with that id.`, {
      argument: 'municipalityId',
    });
  if (place.region_id !== obligation.regionId)
    throw badUserInput(
      'Муниципальное образование не входит в субъект РФ, установивший обязательство; the municipality lies outside the obligation’s region.',
      { argument: 'municipalityId' },
    );
  const { regionCode, municipalityOktmo } = viewer.scope;
  if (viewer.role === 'MUNICIPAL_COORDINATOR' && municipalityOktmo === place.municipality_oktmo)
    return { onBehalf: false };
  if (viewer.role === 'REGIONAL_OPERATOR' && regionCode === place.region_code) return { onBehalf: true };
  throw forbidden(
    'Документ муниципального образования представляет (и отзывает) его муниципальный координатор или, за него, региональный оператор субъекта РФ; this municipality is outside your territory.',
  );
}
