import { badUserInput, isIsoInstant, isUuid, pageSize } from '@mentoring/platform';
import type { PersonalDataReadResolvers, QueryResolvers } from '../../__generated__/resolvers-types.js';

/** An entry of the access log as resolvers pass it on: the subject is resolved through the person rule. */
export interface AccessLogEntry {
  id: string;
  readAt: string;
  viewerSubject: string;
  viewerRole: string;
  operationHash: string;
  subjectId: string;
  fields: string[];
}

interface LogRow {
  id: string;
  read_at: Date | string;
  viewer_subject: string;
  viewer_role: string;
  operation_hash: string;
  subject_id: string;
  fields: string[];
}

const encode = (row: LogRow) => Buffer.from(JSON.stringify([new Date(row.read_at).toISOString(), row.id])).toString('base64url');

function decode(after: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && isIsoInstant(value[0]) && typeof value[1] === 'string' && isUuid(value[1])) {
      return value as [string, string];
    }
  } catch {
    // falls through
  }
  throw badUserInput('Курсор after не распознан; the after cursor is not valid.', { argument: 'after' });
}

/**
 * An operator reads the log of their region — reads of the region's people
 * and reads by the region's users — across the registry's own log and every
 * other domain's published log (`<domain>_pub.personal_data_read`).
 */
export const accessLogQueries: Pick<QueryResolvers, 'personalDataReads'> = {
  personalDataReads: async (_, { filter, first, after }, { em, viewer }) => {
    const limit = pageSize(first);
    const published = await em.execute<{ table_schema: string }[]>(
      `select table_schema from information_schema.views where table_name = 'personal_data_read' and table_schema like '%\\_pub' order by table_schema`,
    );
    const sources = ['"registry"."personal_data_read"', ...published.map((row) => `"${row.table_schema}"."personal_data_read"`)];
    const union = sources.map((source) => `select id, read_at, viewer_subject, viewer_role, viewer_region_code, operation_hash, subject_id, fields from ${source}`).join(' union all ');
    const conditions = [
      `(viewer_region_code = ? or subject_id in (select e.person_id from registry.employment e join registry.organization o on o.id = e.organization_id join registry.municipality m on m.id = o.municipality_id join registry.region r on r.id = m.region_id where r.code = ?))`,
    ];
    const params: unknown[] = [viewer.scope.regionCode, viewer.scope.regionCode];
    if (filter?.subjectId) {
      conditions.push('subject_id = ?');
      params.push(filter.subjectId);
    }
    if (filter?.viewerSubject) {
      conditions.push('viewer_subject = ?');
      params.push(filter.viewerSubject);
    }
    const where = `where ${conditions.join(' and ')}`;
    const [{ total }] = (await em.execute<{ total: string }[]>(`select count(*) as total from (${union}) log ${where}`, params)) as [{ total: string }];
    const page = after ? (() => {
      const [readAt, id] = decode(after);
      return { sql: ' and (read_at, id) < (?::timestamptz, ?::uuid)', params: [readAt, id] };
    })() : { sql: '', params: [] };
    const rows = await em.execute<LogRow[]>(`select * from (${union}) log ${where}${page.sql} order by read_at desc, id desc limit ?`, [...params, ...page.params, limit + 1]);
    const nodes = rows.slice(0, limit);
    return {
      edges: nodes.map((row) => ({
        cursor: encode(row),
        node: { id: row.id, readAt: new Date(row.read_at).toISOString(), viewerSubject: row.viewer_subject, viewerRole: row.viewer_role, operationHash: row.operation_hash, subjectId: row.subject_id, fields: row.fields },
      })),
      pageInfo: { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(after), startCursor: nodes[0] ? encode(nodes[0]) : null, endCursor: nodes.at(-1) ? encode(nodes.at(-1)!) : null },
      totalCount: Number(total),
    };
  },
};

export const PersonalDataReadType: PersonalDataReadResolvers = {
  subject: (entry, _, { loaders }) => loaders.personById.load(entry.subjectId),
};
