import { assertVersion, runMutation } from '@mentoring/platform/database';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { organizationFields } from '../../organization-fields.js';
import { municipalityToWrite, organizationToWrite } from '../../write-scope.js';

export const updateOrganization: NonNullable<MutationResolvers['updateOrganization']> = (
  _,
  { id, version, patch },
  context,
) =>
  runMutation(context.em, async (tx) => {
    const organization = await organizationToWrite({ ...context, em: tx }, id);
    assertVersion(organization, version, 'Организация');
    if (patch.municipalityOktmo)
      organization.municipality = await municipalityToWrite({ ...context, em: tx }, patch.municipalityOktmo);
    tx.assign(organization, organizationFields(patch));
    await tx.flush();
    return organization;
  });
