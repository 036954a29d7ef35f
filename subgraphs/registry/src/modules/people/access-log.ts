import { findConnection, PersonalDataReadSchema, type PersonalDataRead } from '@mentoring/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { QueryResolvers } from '../../__generated__/resolvers-types.js';
import { EmploymentSchema } from './employment.entity.js';

/** An operator reads the log of their region: reads by the region's users and reads of the region's people. */
export const accessLogQueries: Pick<QueryResolvers, 'personalDataReads'> = {
  personalDataReads: async (_, { filter, ...page }, { em, viewer }) => {
    const regionCode = viewer.scope.regionCode!;
    const employed = await em.find(EmploymentSchema, { organization: { municipality: { region: { code: regionCode } } } }, { fields: ['person'] });
    const conditions: FilterQuery<PersonalDataRead>[] = [
      { $or: [{ viewerRegionCode: regionCode }, { subjectId: { $in: [...new Set(employed.map((employment) => employment.person.id))] } }] },
    ];
    if (filter?.subjectId) conditions.push({ subjectId: filter.subjectId });
    if (filter?.viewerSubject) conditions.push({ viewerSubject: filter.viewerSubject });
    const connection = await findConnection(em, PersonalDataReadSchema, { $and: conditions }, page, { readAt: 'desc', id: 'asc' });
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: { ...edge.node, readAt: edge.node.readAt.toISOString() } })) };
  },
};
