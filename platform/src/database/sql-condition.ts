import type { FilterQuery } from '@mikro-orm/core';
import { raw } from '@mikro-orm/postgresql';

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
