import { runMutation } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import { isValidLegalEntityInn } from '../../inn.js';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { organizationFields } from '../../organization-fields.js';
import { OrganizationSchema } from '../../organization.entity.js';
import { municipalityToWrite } from '../../write-scope.js';

export const createOrganization: NonNullable<MutationResolvers['createOrganization']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    if (!isValidLegalEntityInn(input.inn)) {
      throw badUserInput(
        `ИНН ${input.inn} неверен: 10 цифр с контрольной цифрой; the ИНН must be 10 digits with a valid check digit.`,
        { field: 'inn' },
      );
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
  });
