import { assertVersion, runMutation } from '@mentoring/platform/database';
import { badUserInput, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MunicipalitySchema } from '../../municipality.entity.js';
import { outsideRegion } from '../../outside-region.js';

export const updateMunicipality: NonNullable<MutationResolvers['updateMunicipality']> = (
  _,
  { id, version, patch },
  { em, viewer },
) =>
  runMutation(em, async (tx) => {
    const municipality = await tx.findOne(MunicipalitySchema, { id }, { populate: ['region'] });
    if (!municipality) throw notFound(`Муниципальное образование ${id} не найдено; no municipality with id ${id}.`);
    if (municipality.region.code !== viewer.scope.regionCode) throw outsideRegion();
    assertVersion(municipality, version, 'Муниципальное образование');
    if (patch.name !== undefined && patch.name !== null) {
      if (!patch.name.trim()) throw badUserInput('Укажите наименование; the name is required.', { field: 'name' });
      municipality.name = patch.name.trim();
    }
    if (patch.kind) municipality.kind = patch.kind;
    await tx.flush();
    return municipality;
  });
