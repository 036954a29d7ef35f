import type { FilterQuery } from '@mikro-orm/core';
import { raw } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { isUuid } from './ids.js';
import type { EntityManager } from './orm.js';

/** A boolean SQL expression with `?` placeholders and their values. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * A condition written in SQL over the row's alias, as a MikroORM filter: rules
 * that read published views (territory, consent, visibility) stay one
 * statement with a fixed number of parameters instead of lists of ids.
 */
export function whereSql<T extends object>(condition: (alias: string) => SqlCondition): FilterQuery<T> {
  // The parameters do not depend on the alias; the text does (MikroORM names the alias when it builds the query).
  const { params } = condition('_');
  return { [raw((alias: string) => condition(alias).sql, params)]: [] } as FilterQuery<T>;
}

/**
 * Whether each asked id meets a condition written over an id column: one
 * statement per batch of a request, the asked ids as a `values` list beside
 * the condition, so a rule on published views (who may see a person, which
 * organizations lie in a territory) is evaluated by PostgreSQL, not by
 * loading every id it admits.
 */
export function idsMeetingLoader(
  em: EntityManager,
  condition: (column: string) => SqlCondition,
): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    // Ids that are not UUIDs name nothing; they must not reach the uuid cast.
    const candidates = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    if (candidates.length === 0) return ids.map(() => false);
    const { sql, params } = condition('asked.id');
    const rows = await em
      .getConnection()
      .execute<{ id: string }[]>(
        `select asked.id from (values ${candidates.map(() => '(?::uuid)').join(', ')}) as asked(id) where ${sql}`,
        [...candidates, ...params],
      );
    const meeting = new Set(rows.map((row) => row.id));
    return ids.map((id) => meeting.has(id.toLowerCase()));
  });
}
