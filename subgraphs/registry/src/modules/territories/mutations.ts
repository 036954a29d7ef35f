import { assertVersion, badUserInput, conflict, forbidden, notFound, runMutation } from '@mentoring/platform';
import type { MutationResolvers } from '../../__generated__/resolvers-types.js';
import { MunicipalitySchema } from './municipality.entity.js';
import { RegionSchema } from './region.entity.js';

const outsideRegion = () => forbidden('Это вне вашего региона; this is outside your region.');

export const territoryMutations: Pick<MutationResolvers, 'createMunicipality' | 'updateMunicipality'> = {
  createMunicipality: (_, { input }, { em, viewer }) =>
    runMutation(em, async (tx) => {
      if (input.regionCode !== viewer.scope.regionCode) throw outsideRegion();
      const region = await tx.findOne(RegionSchema, { code: input.regionCode });
      if (!region) throw notFound(`Субъект РФ ${input.regionCode} не найден; no region with code ${input.regionCode}.`);
      if (!/^\d{8}$/.test(input.oktmo)) throw badUserInput('Код ОКТМО муниципального образования — 8 цифр; ОКТМО must be 8 digits.', { field: 'oktmo' });
      const sibling = await tx.findOne(MunicipalitySchema, { region });
      if (sibling && sibling.oktmo.slice(0, 2) !== input.oktmo.slice(0, 2)) {
        throw badUserInput(`ОКТМО муниципальных образований региона начинаются с ${sibling.oktmo.slice(0, 2)}; the code belongs to another region.`, { field: 'oktmo' });
      }
      if (await tx.count(MunicipalitySchema, { oktmo: input.oktmo })) throw conflict(`ОКТМО ${input.oktmo} уже занят; a municipality with this ОКТМО exists.`);
      const name = input.name.trim();
      if (!name) throw badUserInput('Укажите наименование; the name is required.', { field: 'name' });
      const municipality = tx.create(MunicipalitySchema, { oktmo: input.oktmo, name, kind: input.kind, region });
      await tx.flush();
      return municipality;
    }),
  updateMunicipality: (_, { id, version, patch }, { em, viewer }) =>
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
    }),
};
