import { present } from '@mentoring/platform/graphql';
import type { MunicipalityResolvers } from '../../../__generated__/types.generated.js';
import { visibleAppointments } from '../../appointments/visible-appointments.js';
import { organizationsConnection, organizationsWhere } from '../../organizations/organization-search.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'oktmo' in reference
      ? loaders.municipalityByOktmo.load(reference.oktmo)
      : loaders.municipalityById.load(reference.id),
  region: async (municipality, _, { loaders }) =>
    present(await loaders.regionById.load(municipality.region.id), `region of municipality ${municipality.oktmo}`),
  organizationCount: (municipality, { kind }, { loaders }) =>
    loaders.organizationCount('municipality', kind).load(municipality.id),
  organizations: (municipality, { filter, ...page }, { em }) =>
    organizationsConnection(em, { $and: [organizationsWhere(filter), { municipality: municipality.id }] }, page),
  appointments: async (municipality, { activeOn }, context) =>
    visibleAppointments(await context.loaders.appointmentsByMunicipality.load(municipality.id), activeOn, context),
};
