import { optionalSourceView } from '@mentoring/sources';
import { forbidden } from '@mentoring/platform/errors';
import { present } from '@mentoring/platform/graphql';
import type { OrganizationResolvers } from '../../../__generated__/types.generated.js';
import { visibleAppointments } from '../../appointments/visible-appointments.js';
import { peopleConnection, peopleWhere } from '../../people/people-search.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'inn' in reference ? loaders.organizationByInn.load(reference.inn) : loaders.organizationById.load(reference.id),
  municipality: async (organization, _, { loaders }) =>
    present(
      await loaders.municipalityById.load(organization.municipality.id),
      `municipality of organization ${organization.inn}`,
    ),
  source: optionalSourceView,
  appointments: async (organization, { activeOn }, context) =>
    visibleAppointments(await context.loaders.appointmentsByOrganization.load(organization.id), activeOn, context),
  staff: async (organization, page, context) => {
    if (context.viewer.role !== 'ANALYST' && !(await context.loaders.organizationInScope.load(organization.id))) {
      throw forbidden('Работники этой организации вне вашей территории; this organization is outside your territory.');
    }
    return peopleConnection(context, peopleWhere({ organizationId: organization.id }), page);
  },
};
