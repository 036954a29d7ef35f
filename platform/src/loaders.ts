import { helper, type EntityName, type FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/postgresql';
import type { EntityManager } from './database/orm.js';

type StringKeys<T> = { [K in keyof T]: T[K] extends string | null | undefined ? K : never }[keyof T] & string;
/** A column holding a key: a plain id column or a many-to-one link. */
type LinkKeys<T> = { [K in keyof T]: T[K] extends string | object | null | undefined ? K : never }[keyof T] & string;

/** The key a row points at, whether the column is a plain id or a many-to-one reference. */
function linkedKey(value: unknown): string {
  return typeof value === 'object' && value !== null ? helper(value).getSerializedPrimaryKey() : String(value);
}

/**
 * Loads entities by a unique column: N keys asked in one tick become one
 * `where key in (…)` statement. Used for federation references and to-one links.
 */
export function uniqueLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: StringKeys<T>,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows: T[] = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<NoInfer<T>>);
    const byKey = new Map(rows.map((row) => [row[key] as unknown as string, row]));
    return keys.map((value) => byKey.get(value) ?? null);
  });
}

/** Loads the rows that point at each key (a to-many link), in one statement for all keys. */
export function groupedLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: LinkKeys<T>,
  options: { where?: FilterQuery<T>; orderBy?: Record<string, 'asc' | 'desc'> } = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const where = { $and: [{ [foreignKey]: { $in: [...keys] } }, options.where ?? {}] } as FilterQuery<NoInfer<T>>;
    const rows: T[] = await em.find(entity, where, options.orderBy ? { orderBy: options.orderBy as never } : {});
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const value = linkedKey(row[foreignKey]);
      const group = groups.get(value);
      if (group) group.push(row);
      else groups.set(value, [row]);
    }
    return keys.map((value) => groups.get(value) ?? []);
  });
}

/** Counts the rows that point at each key, in one grouped statement for all keys. */
export function countLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: LinkKeys<T>,
  where: FilterQuery<T> = {},
): DataLoader<string, number> {
  return new DataLoader(async (keys) => {
    const rows = await em
      .createQueryBuilder(entity)
      .select([foreignKey, raw('count(*) as total')] as never)
      .where({ $and: [{ [foreignKey]: { $in: [...keys] } }, where] } as never)
      .groupBy(foreignKey as never)
      .execute<Record<string, unknown>[]>('all', false);
    const counts = new Map(
      rows.map((row) => [String(row[foreignKey] ?? row[snakeCase(foreignKey)]), Number(row['total'])]),
    );
    return keys.map((value) => counts.get(value) ?? 0);
  });
}

function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
