import { isUuid, type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { findConnection, pageSize, type Connection, type ConnectionArgs } from '@mentoring/platform/pagination';
import { Cursor, type EntityName, type FilterQuery, type FindByCursorOptions } from '@mikro-orm/core';

const refuseCursor = () =>
  badUserInput('Курсор after не распознан; the after cursor was not issued by this list.', { argument: 'after' });

const encode = (list: string, id: string) => Buffer.from(`${list}:${id}`, 'utf8').toString('base64url');

/** The row id an `after` cursor of the list names, or null for anything the list did not write. */
function anchorOf(list: string, after: string): string | null {
  const text = Buffer.from(after, 'base64url').toString('utf8');
  if (Buffer.from(text, 'utf8').toString('base64url') !== after) return null;
  const prefix = `${list}:`;
  const id = text.startsWith(prefix) ? text.slice(prefix.length) : '';
  return isUuid(id) ? id : null;
}

/**
 * A page of a campaigns list whose cursors name a row, not a position: base64url of «list:id». The platform's cursors
 * are the sort values themselves, checked only for their types, so a made-up position (["2099-01-01", "00000000-…"])
 * passes them. Here the page after a cursor starts after the row it names, looked up by id among the rows the viewer
 * may list (`scope`; one statement by primary key), and a cursor naming no such row — invented, of another list, of
 * another viewer's drafts — is BAD_USER_INPUT: only a cursor this list could have issued is accepted.
 */
export async function anchoredConnection<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  list: string,
  scope: FilterQuery<T>,
  where: FilterQuery<T>,
  page: ConnectionArgs,
  orderBy: FindByCursorOptions<T>['orderBy'],
): Promise<Connection<T>> {
  const first = pageSize(page.first);
  let after: string | null = null;
  if (page.after !== null && page.after !== undefined) {
    const id = anchorOf(list, page.after);
    const anchor = id === null ? null : await em.findOne(entity, { $and: [{ id }, scope] } as FilterQuery<T>);
    if (!anchor) throw refuseCursor();
    after = Cursor.for(em.getMetadata(entity), anchor as never, orderBy as never);
  }
  const connection = await findConnection(em, entity, where, { first, after }, orderBy);
  const edges = connection.edges.map(({ node }) => ({ cursor: encode(list, node.id), node }));
  return {
    ...connection,
    edges,
    pageInfo: {
      ...connection.pageInfo,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
