import { assertVersion, badUserInput, isValidLegalEntityInn, optionalHttpUrl, requiredText, runMutation } from '@mentoring/platform';
import type { MutationResolvers, OrganizationInput, OrganizationPatch } from '../../__generated__/resolvers-types.js';
import { municipalityToWrite, organizationToWrite } from '../write-scope.js';
import { OrganizationSchema } from './organization.entity.js';

function organizationFields(input: OrganizationInput | OrganizationPatch) {
  return {
    ...(input.name !== undefined && input.name !== null ? { name: requiredText(input.name, 'name') } : {}),
    ...(input.shortName !== undefined && input.shortName !== null ? { shortName: requiredText(input.shortName, 'shortName') } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.address !== undefined ? { address: input.address?.trim() || null } : {}),
    ...(input.website !== undefined ? { website: optionalHttpUrl(input.website, 'website') } : {}),
    ...(input.tags ? { tags: [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))] } : {}),
  };
}

export const organizationMutations: Pick<MutationResolvers, 'createOrganization' | 'updateOrganization'> = {
  createOrganization: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      if (!isValidLegalEntityInn(input.inn)) {
        throw badUserInput(`ИНН ${input.inn} неверен: 10 цифр с контрольной цифрой; the ИНН must be 10 digits with a valid check digit.`, { field: 'inn' });
      }
      const municipality = await municipalityToWrite({ ...context, em: tx }, input.municipalityOktmo);
      const organization = tx.create(OrganizationSchema, {
        inn: input.inn,
        name: requiredText(input.name, 'name'),
        shortName: requiredText(input.shortName, 'shortName'),
        kind: input.kind,
        address: null,
        website: null,
        tags: [],
        dataOrigin: 'ENTERED',
        source: null,
        ...organizationFields(input),
        municipality,
      });
      await tx.flush();
      return organization;
    }),
  updateOrganization: (_, { id, version, patch }, context) =>
    runMutation(context.em, async (tx) => {
      const organization = await organizationToWrite({ ...context, em: tx }, id);
      assertVersion(organization, version, 'Организация');
      if (patch.municipalityOktmo) organization.municipality = await municipalityToWrite({ ...context, em: tx }, patch.municipalityOktmo);
      tx.assign(organization, organizationFields(patch));
      await tx.flush();
      return organization;
    }),
};
