import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { EntityManager } from './orm.js';
import { conflict } from '../errors.js';

/**
 * Runs a mutation in one transaction: it commits whole or changes nothing.
 * Races that only the database can see become CONFLICT errors a person
 * understands: a duplicate natural key, or a row changed since it was read.
 */
export async function runMutation<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('Такая запись уже есть; a record with the same natural key already exists.');
    }
    if (error instanceof OptimisticLockError) {
      throw conflict(
        'Запись изменена другим пользователем; the record was changed by someone else — reload it and try again.',
      );
    }
    throw error;
  }
}

/** Optimistic locking: an update names the version it was based on. */
export function assertVersion(entity: { version: number }, expected: number, what: string): void {
  if (entity.version !== expected) {
    throw conflict(
      `${what} изменена другим пользователем (версия ${entity.version}, а не ${expected}); reload it and try again.`,
      {
        currentVersion: entity.version,
      },
    );
  }
}
