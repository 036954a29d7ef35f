import DataLoader from 'dataloader';
import { type EntityManager } from '@mentoring/platform/database';
import { assertCursor, type Connection, type ConnectionArgs, pageSize } from '@mentoring/platform/pagination';
import { type ReportingObligation, ReportingObligationSchema } from './obligation.entity.js';

/** One region's page request: the region and the page arguments given on its field. */
export interface RegionObligationsPage extends ConnectionArgs {
  regionId: string;
}

/** The list's order, ending in the id: a cursor is the JSON of these values (MikroORM's cursor format). */
const ORDER = { dueDate: 'asc', title: 'asc', id: 'asc' } as const;

const cursorOf = (obligation: ReportingObligation) =>
  Buffer.from(JSON.stringify([obligation.dueDate, obligation.title, obligation.id])).toString('base64url');

/** An obligation's columns with the request's index and the window's counts (bigint: the driver gives strings). */
type Row = Record<string, unknown> & { key_index: number; total: string; before: string; position: string };

/** The columns that are the request's and the window's, not the obligation's. */
const WINDOW_COLUMNS = new Set(['key_index', 'first', 'total', 'before', 'position']);

/**
 * Pages of the obligations of N regions (`Region.reportingObligations` for every region of a response), in one
 * statement: each region's obligations ordered by due date, title and id; a window per request counts them all
 * (totalCount) and numbers those after its cursor, so every region gets its own page, count and cursors. The first
 * row of each region always comes along, to carry the counts when the cursor has passed the end. The page arguments
 * are checked by the resolver before they reach the loader (see checkedObligationsPage).
 */
/** The page arguments, checked: a page size of 1–100, a cursor of this list (BAD_USER_INPUT otherwise). */
export function checkedObligationsPage(
  em: EntityManager,
  regionId: string,
  args: ConnectionArgs,
): RegionObligationsPage {
  return {
    regionId,
    first: pageSize(args.first),
    after: assertCursor(em.getMetadata(ReportingObligationSchema), ORDER, args.after) ?? null,
  };
}

export function obligationsByRegionLoader(
  em: EntityManager,
): DataLoader<RegionObligationsPage, Connection<ReportingObligation>, string> {
  return new DataLoader(
    async (requests) => {
      const meta = em.getMetadata(ReportingObligationSchema);
      const keys = requests.map((request, index) => {
        const first = pageSize(request.first);
        const after = assertCursor(meta, ORDER, request.after);
        const [dueDate, title, id] = after
          ? (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string, string])
          : [null, null, null];
        return { index, regionId: request.regionId, first, dueDate, title, id };
      });
      const values = keys.map(() => '(?::int, ?::uuid, ?::int, ?::date, ?::text, ?::uuid)').join(', ');
      const rows = await em.execute<Row[]>(
        `with "request" ("key_index", "region_id", "first", "due_date", "title", "id") as (values ${values})
         select * from (
           select o.*, r."key_index", r."first", count(*) over "whole" as "total",
                  count(*) filter (where r."id" is not null and (o."due_date", o."title", o."id") <= (r."due_date", r."title", r."id")) over "whole" as "before",
                  row_number() over ("whole" order by o."due_date", o."title", o."id") as "position"
           from "request" r
           join "planning"."reporting_obligation" o on o."region_id" = r."region_id"
           window "whole" as (partition by r."key_index")
         ) "numbered"
         where ("position" > "before" and "position" <= "before" + "first" + 1) or "position" = 1
         order by "key_index", "position"`,
        keys.flatMap((key) => [key.index, key.regionId, key.first, key.dueDate, key.title, key.id]),
      );
      const byRequest = new Map<number, Row[]>();
      for (const row of rows) {
        const list = byRequest.get(row.key_index) ?? [];
        list.push(row);
        byRequest.set(row.key_index, list);
      }
      return keys.map(({ index, first }) => {
        const found = byRequest.get(index) ?? [];
        const total = Number(found[0]?.total ?? '0');
        const before = Number(found[0]?.before ?? '0');
        const nodes = found
          .filter((row) => Number(row.position) > before)
          .slice(0, first)
          .map((row) =>
            em.map(
              ReportingObligationSchema,
              Object.fromEntries(Object.entries(row).filter(([column]) => !WINDOW_COLUMNS.has(column))),
            ),
          );
        const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: total > before + first,
            hasPreviousPage: before > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: total,
        };
      });
    },
    { cacheKeyFn: ({ regionId, first, after }) => JSON.stringify([regionId, first ?? null, after ?? null]) },
  );
}
