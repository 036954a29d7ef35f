import type { Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { conflict, forbidden, notFound } from '@mentoring/platform/errors';
import { LockMode } from '@mikro-orm/core';
import type { SavedQuery } from './saved-query.entity.js';
import { originOf, visibleQuery } from './visibility.js';

/**
 * A saved query the viewer changes or deletes: one they may see (another's PRIVATE query is NOT_FOUND, word for word
 * as an id nobody has), not of the библиотека запросов and their own (else FORBIDDEN), at the version they read (else
 * CONFLICT). The row is locked until the transaction ends, so two changes of one version cannot both pass.
 */
export async function savedQueryToWrite(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  version: number,
): Promise<SavedQuery> {
  const query = await visibleQuery(tx, viewer, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!query) throw notFound(`Сохранённый запрос ${id} не найден; no saved query with id ${id}.`);
  switch (originOf(viewer, query)) {
    case 'LIBRARY':
      throw forbidden(
        'Запросы библиотеки запросов только для чтения: сохраните копию (saveQuery) и меняйте её; library queries are read-only — save a copy to change it.',
      );
    case 'SHARED':
      throw forbidden(
        'Изменить или удалить сохранённый запрос может только его автор: сохраните копию (saveQuery); only the author changes or deletes a saved query — save a copy to change it.',
      );
    case 'OWN':
      break;
  }
  if (query.version !== version)
    throw conflict(
      `Сохранённый запрос изменён (версия ${query.version}, а не ${version}): перечитайте его и повторите; the saved query was changed since — reload it and try again.`,
      { currentVersion: query.version },
    );
  return query;
}
