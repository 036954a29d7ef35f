import { containsPattern, exactlyOneKey, findConnection, present } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { QueryResolvers, RegionResolvers, MunicipalityResolvers, MunicipalityFilter } from '../../__generated__/resolvers-types.js';
import { organizationsWhere, organizationsConnection } from '../organizations/resolvers.js';
import { visibleAppointments } from '../people/appointments.js';
import { MunicipalitySchema, type Municipality } from './municipality.entity.js';
import { RegionSchema } from './region.entity.js';

export function municipalitiesWhere(filter: MunicipalityFilter | null | undefined): FilterQuery<Municipality> {
  const conditions: FilterQuery<Municipality>[] = [];
  if (filter?.regionCode) conditions.push({ region: { code: filter.regionCode } });
  if (filter?.nameContains) conditions.push({ name: { $ilike: containsPattern(filter.nameContains) } });
  return { $and: conditions };
}

export const territoryQueries: Pick<QueryResolvers, 'region' | 'regions' | 'municipality' | 'municipalities'> = {
  region: (_, args, { loaders }) => {
    const [key, value] = exactlyOneKey(args, ['code', 'id']);
    return key === 'code' ? loaders.regionByCode.load(value) : loaders.regionById.load(value);
  },
  regions: (_, { filter, ...page }, { em }) =>
    findConnection(em, RegionSchema, filter?.nameContains ? { name: { $ilike: containsPattern(filter.nameContains) } } : {}, page, { code: 'asc', id: 'asc' }),
  municipality: (_, args, { loaders }) => {
    const [key, value] = exactlyOneKey(args, ['oktmo', 'id']);
    return key === 'oktmo' ? loaders.municipalityByOktmo.load(value) : loaders.municipalityById.load(value);
  },
  municipalities: (_, { filter, ...page }, { em }) =>
    findConnection(em, MunicipalitySchema, municipalitiesWhere(filter), page, { name: 'asc', id: 'asc' }),
};

export const Region: RegionResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'code' in reference ? loaders.regionByCode.load(reference.code) : loaders.regionById.load(reference.id),
  municipalities: (region, page, { em }) =>
    findConnection(em, MunicipalitySchema, { region: region.id }, page, { name: 'asc', id: 'asc' }),
  organizations: (region, { filter, ...page }, { em }) =>
    organizationsConnection(em, { $and: [organizationsWhere(filter), { municipality: { region: region.id } }] }, page),
  appointments: async (region, { activeOn }, context) => visibleAppointments(await context.loaders.appointmentsByRegion.load(region.id), activeOn, context),
};

export const MunicipalityType: MunicipalityResolvers = {
  __resolveReference: (reference, { loaders }) =>
    'oktmo' in reference ? loaders.municipalityByOktmo.load(reference.oktmo) : loaders.municipalityById.load(reference.id),
  region: async (municipality, _, { loaders }) =>
    present(await loaders.regionById.load(municipality.region.id), `region of municipality ${municipality.oktmo}`),
  organizations: (municipality, { filter, ...page }, { em }) =>
    organizationsConnection(em, { $and: [organizationsWhere(filter), { municipality: municipality.id }] }, page),
  appointments: async (municipality, { activeOn }, context) =>
    visibleAppointments(await context.loaders.appointmentsByMunicipality.load(municipality.id), activeOn, context),
};
