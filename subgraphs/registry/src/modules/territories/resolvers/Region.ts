import { findConnection } from '@mentoring/platform/pagination';
import type { RegionResolvers } from '../../../__generated__/types.generated.js';
import { visibleAppointments } from '../../appointments/visible-appointments.js';
import { organizationsConnection, organizationsWhere } from '../../organizations/organization-search.js';
import { MunicipalitySchema } from '../municipality.entity.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'code' in reference ? loaders.regionByCode.load(reference.code) : loaders.regionById.load(reference.id),
  municipalities: (region, page, { em }) =>
    findConnection(em, MunicipalitySchema, { region: region.id }, page, { name: 'asc', id: 'asc' }),
  organizationCount: (region, { kind }, { loaders }) => loaders.organizationCount('region', kind).load(region.id),
  organizations: (region, { filter, ...page }, { em }) =>
    organizationsConnection(em, { $and: [organizationsWhere(filter), { municipality: { region: region.id } }] }, page),
  appointments: async (region, { activeOn }, context) =>
    visibleAppointments(await context.loaders.appointmentsByRegion.load(region.id), activeOn, context),
};
