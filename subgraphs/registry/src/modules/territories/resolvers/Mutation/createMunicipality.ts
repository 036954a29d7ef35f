import { runMutation } from '@mentoring/platform/database';
import { badUserInput, conflict, notFound } from '@mentoring/platform/errors';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { MunicipalitySchema } from '../../municipality.entity.js';
import { outsideRegion } from '../../outside-region.js';
import { RegionSchema } from '../../region.entity.js';

export const createMunicipality: NonNullable<MutationResolvers['createMunicipality']> = (
  _,
  { input },
  { em, viewer },
) =>
  runMutation(em, async (tx) => {
    if (input.regionCode !== viewer.scope.regionCode) throw outsideRegion();
    const region = await tx.findOne(RegionSchema, { code: input.regionCode });
    if (!region) throw notFound(`Субъект РФ ${input.regionCode} не найден; no region with code ${input.regionCode}.`);
    if (!/^\d{8}$/.test(input.oktmo))
      throw badUserInput('Код ОКТМО муниципального образования — 8 цифр; ОКТМО must be 8 digits.', { field: 'oktmo' });
    const sibling = await tx.findOne(MunicipalitySchema, { region });
    if (sibling && sibling.oktmo.slice(0, 2) !== input.oktmo.slice(0, 2)) {
      throw badUserInput(
        `ОКТМО муниципальных образований региона начинаются с ${sibling.oktmo.slice(0, 2)}; the code belongs to another region.`,
        { field: 'oktmo' },
      );
    }
    if (await tx.count(MunicipalitySchema, { oktmo: input.oktmo }))
      throw conflict(`ОКТМО ${input.oktmo} уже занят; a municipality with this ОКТМО exists.`);
    const name = input.name.trim();
    if (!name) throw badUserInput('Укажите наименование; the name is required.', { field: 'name' });
    const municipality = tx.create(MunicipalitySchema, { oktmo: input.oktmo, name, kind: input.kind, region });
    await tx.flush();
    return municipality;
  });
