import type { EntityManager, EntityName, FilterQuery, FindByCursorOptions } from '@mikro-orm/core';
import { badUserInput } from './errors.js';

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

/** Validates `first` once for every list of every subgraph. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`Параметр first должен быть от 0 до ${MAX_PAGE_SIZE}; first must be between 0 and ${MAX_PAGE_SIZE}.`, {
      argument: 'first',
    });
  }
  return first;
}

function assertCursor(after: string | null | undefined): string | undefined {
  if (after === null || after === undefined) return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(decoded)) return after;
  } catch {
    // falls through to the error below
  }
  throw badUserInput('Курсор after не распознан; the after cursor is not valid.', { argument: 'after' });
}

/**
 * One page of a keyset (cursor) pagination over an entity. `orderBy` must end
 * in a unique column (the id) so that cursors are stable.
 */
export async function findConnection<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: FindByCursorOptions<T>['orderBy'],
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const after = assertCursor(args.after);
  const page = await em.findByCursor(entity, {
    where,
    first,
    ...(after ? { after } : {}),
    orderBy,
    includeCount: true,
  } as FindByCursorOptions<NoInfer<T>> as never);
  const nodes = [...page] as T[];
  return {
    edges: nodes.map((node) => ({ cursor: page.from(node as never), node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount ?? nodes.length,
  };
}
