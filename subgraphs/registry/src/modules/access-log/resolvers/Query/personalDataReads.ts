import { pageSize } from '@mentoring/platform/pagination';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { decodeCursor, encodeCursor, type LogRow } from '../../access-log.js';

/**
 * An operator reads the log of their region — reads of the region's people
 * and reads by the region's users — across the registry's own log and every
 * other domain's published log (`<domain>_pub.personal_data_read`).
 */
export const personalDataReads: NonNullable<QueryResolvers['personalDataReads']> = async (
  _,
  { filter, first, after },
  { em, viewer },
) => {
  const limit = pageSize(first);
  const published = await em.execute<{ table_schema: string }[]>(
    `select table_schema from information_schema.views where table_name = 'personal_data_read' and table_schema like '%\\_pub' order by table_schema`,
  );
  const sources = [
    '"registry"."personal_data_read"',
    ...published.map((row) => `"${row.table_schema}"."personal_data_read"`),
  ];
  const union = sources
    .map(
      (source) =>
        `select id, read_at, viewer_subject, viewer_role, viewer_region_code, operation_hash, subject_id, fields from ${source}`,
    )
    .join(' union all ');
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
  const [{ total }] = (await em.execute<{ total: string }[]>(
    `select count(*) as total from (${union}) log ${where}`,
    params,
  )) as [{ total: string }];
  const page = after
    ? (() => {
        const [readAt, id] = decodeCursor(after);
        return { sql: ' and (read_at, id) < (?::timestamptz, ?::uuid)', params: [readAt, id] };
      })()
    : { sql: '', params: [] };
  const rows = await em.execute<LogRow[]>(
    `select * from (${union}) log ${where}${page.sql} order by read_at desc, id desc limit ?`,
    [...params, ...page.params, limit + 1],
  );
  const nodes = rows.slice(0, limit);
  const [firstNode] = nodes;
  const lastNode = nodes.at(-1);
  return {
    edges: nodes.map((row) => ({
      cursor: encodeCursor(row),
      node: {
        id: row.id,
        readAt: new Date(row.read_at).toISOString(),
        viewerSubject: row.viewer_subject,
        viewerRole: row.viewer_role,
        operationHash: row.operation_hash,
        subjectId: row.subject_id,
        fields: row.fields,
      },
    })),
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: Boolean(after),
      startCursor: firstNode ? encodeCursor(firstNode) : null,
      endCursor: lastNode ? encodeCursor(lastNode) : null,
    },
    totalCount: Number(total),
  };
};
