import { badUserInput, forbidden } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import type { Context } from '../../context.js';

/**
 * The territory of an export: a coordinator's own municipality, an operator's region or one of its municipalities.
 * Only these two roles may export, and a token is refused without the scope its role needs.
 */
export async function exportTerritory(
  context: Context,
  municipalityOktmo: string | null | undefined,
  regionCode: string | null | undefined,
) {
  const { viewer, em } = context;
  if (viewer.role === 'MUNICIPAL_COORDINATOR') {
    if (
      (municipalityOktmo && municipalityOktmo !== viewer.scope.municipalityOktmo) ||
      (regionCode && regionCode !== viewer.scope.regionCode)
    ) {
      throw forbidden(
        'Координатор выгружает базу своего муниципалитета; a coordinator exports their own municipality.',
      );
    }
    const ownMunicipality = present(viewer.scope.municipalityOktmo, 'municipality of a coordinator');
    return { municipalityOktmo: ownMunicipality, label: ownMunicipality };
  }
  if (regionCode && regionCode !== viewer.scope.regionCode)
    throw forbidden('Оператор выгружает базу своего региона; an operator exports their own region.');
  const ownRegion = () => present(viewer.scope.regionCode, 'region of an operator');
  if (municipalityOktmo) {
    const [place] = await em.execute<{ in_region: boolean }[]>(
      'select bool_or(region_code = ?) as in_region from registry_pub.organization_territory where municipality_oktmo = ? having count(*) > 0',
      [ownRegion(), municipalityOktmo],
    );
    if (!place)
      throw badUserInput(`Муниципальное образование ${municipalityOktmo} не найдено; unknown ОКТМО.`, {
        field: 'municipalityOktmo',
      });
    if (!place.in_region) throw forbidden('Муниципальное образование вне вашего региона; outside your region.');
    return { municipalityOktmo, label: municipalityOktmo };
  }
  return { regionCode: ownRegion(), label: ownRegion() };
}
