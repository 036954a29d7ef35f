import {
  Cursor,
  CursorError,
  type EntityDictionary,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type FindByCursorOptions,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from './errors.js';
import { isUuid } from './database/ids.js';
import { isAcceptedDate, isIsoInstant } from './graphql/scalars.js';
import { textProblem } from './server/argument-limits.js';

/** The hard ceiling on a page: a client asking for more gets BAD_USER_INPUT, not a silent cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Validates `first` once for every list of every subgraph: 1 to MAX_PAGE_SIZE.
 * An empty page is no answer to anything (`totalCount` comes with any page), so 0 is refused like a negative.
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      `Параметр first должен быть от 1 до ${MAX_PAGE_SIZE}; first must be between 1 and ${MAX_PAGE_SIZE}.`,
      {
        argument: 'first',
      },
    );
  }
  return first;
}

const INTEGER_RANGES: [column: RegExp, min: number, max: number][] = [
  [/^(smallint|int2)\b/, -32_768, 32_767],
  [/^(int|integer|int4)\b/, -2_147_483_648, 2_147_483_647],
];

/** Whether one decoded cursor value can stand for the property: a tampered cursor must not reach SQL. */
function fitsProperty(property: EntityProperty, value: unknown): boolean {
  if (value === null) return property.nullable === true;
  const target = property.targetMeta;
  if (target) {
    const key = target.primaryKeys[0];
    const keyProperty =
      key === undefined ? undefined : (target.properties as Record<string, EntityProperty | undefined>)[key];
    return keyProperty !== undefined && fitsProperty(keyProperty, value);
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as always set, but MikroORM's discovery can leave columnTypes unset (and reads it with ?. itself).
  const column = (property.columnTypes?.[0] ?? '').toLowerCase();
  if (column === 'uuid') return typeof value === 'string' && isUuid(value);
  // Every stored date lies in the range the Date scalar accepts; PostgreSQL refuses some calendar days outside it (year 0).
  if (column === 'date') return typeof value === 'string' && isAcceptedDate(value);
  const range = INTEGER_RANGES.find(([pattern]) => pattern.test(column));
  if (range) return Number.isInteger(value) && (value as number) >= range[1] && (value as number) <= range[2];
  switch (property.runtimeType) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && textProblem(value, Number.MAX_SAFE_INTEGER) === undefined;
    case 'Date':
      return typeof value === 'string' && isIsoInstant(value);
    default:
      return false;
  }
}

const refuseCursor = () =>
  badUserInput('Курсор after не распознан; the after cursor is not valid for this list.', { argument: 'after' });

/**
 * A cursor is base64url JSON of the values of the list's sort keys, in order
 * (MikroORM's format). Anything else — garbage, another list's cursor, values
 * of the wrong type — is refused here, before MikroORM or PostgreSQL trip on it.
 */
export function assertCursor<T extends object>(
  meta: EntityMetadata<T>,
  orderBy: FindByCursorOptions<T>['orderBy'],
  after: string | null | undefined,
): string | undefined {
  if (after === null || after === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw refuseCursor();
  }
  const keys = (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((order) => Object.keys(order as object));
  if (
    !Array.isArray(decoded) ||
    decoded.length !== keys.length ||
    Buffer.from(after, 'base64url').toString('base64url') !== after
  )
    throw refuseCursor();
  keys.forEach((key, index) => {
    const property = (meta.properties as Record<string, EntityProperty | undefined>)[key];
    if (!property || !fitsProperty(property, decoded[index])) throw refuseCursor();
  });
  return after;
}

/** The column of a page's rows that carries the length of the whole list (see findConnection). */
const TOTAL_COLUMN = 'connection_total_count';

/**
 * MikroORM's own keyset condition for a cursor, the one its findByCursor applies: cursors written by either path
 * decode the same way, nulls sort as they always did. It is protected on the driver, so it is named here once.
 */
interface KeysetDriver {
  processCursorOptions<T extends object>(
    meta: EntityMetadata<T>,
    options: { first: number; after?: string; overfetch: true; limit?: number },
    orderBy: unknown,
  ): { orderBy: never; where: never };
}

/**
 * One page of a keyset (cursor) pagination over an entity, with the length of the whole list, in one statement:
 * the page's rows carry the count of the whole list as an uncorrelated subquery, which PostgreSQL evaluates once.
 * `orderBy` must end in a unique column (the id) so that cursors are stable.
 */
export async function findConnection<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: FindByCursorOptions<T>['orderBy'],
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const meta = em.getMetadata(entity);
  const after = assertCursor(meta, orderBy, args.after);
  const options = { first, overfetch: true as const, orderBy, ...(after ? { after } : {}) };
  let keyset: ReturnType<KeysetDriver['processCursorOptions']>;
  try {
    keyset = (em.getDriver() as unknown as KeysetDriver).processCursorOptions(meta, options, [orderBy].flat());
  } catch (error) {
    // The check above should leave nothing for MikroORM to refuse; if it does, it is still the client's cursor.
    throw error instanceof CursorError ? refuseCursor() : error;
  }
  // The query builder's condition type is narrower than the find API's; the conditions are the same objects.
  const condition = where as never;
  const wholeList = em.createQueryBuilder(entity, 'whole_list').count().where(condition).as(TOTAL_COLUMN);
  const page = em
    .createQueryBuilder(entity, 'page')
    .select(['*', wholeList])
    .where(condition)
    .andWhere(keyset.where)
    .orderBy(keyset.orderBy)
    .limit(first + 1);
  const rows = await page.execute<Record<string, unknown>[]>('all', false);
  // An empty page past the list's end has no row to carry the count; only then is it counted on its own.
  const totalCount =
    rows[0] === undefined
      ? after
        ? await em.count(entity, where as FilterQuery<NoInfer<T>>)
        : 0
      : Number(rows[0][TOTAL_COLUMN]);
  // The count is no column of the entity: merged into it, it would be taken for a property.
  const nodes = rows.map((row) =>
    em.map(
      entity,
      Object.fromEntries(Object.entries(row).filter(([column]) => column !== TOTAL_COLUMN)) as EntityDictionary<T>,
    ),
  );
  const cursor = new Cursor<T>(nodes as never, totalCount, options, meta);
  return {
    edges: cursor.items.map((node) => ({ cursor: cursor.from(node as never), node })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount,
  };
}
