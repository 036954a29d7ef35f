import type pg from 'pg';

/** Rows the subgraphs' personal-data access logs (registry's and mentoring's) hold for one token subject. */
export async function accessLogRows(database: pg.Client, subject: string): Promise<number> {
  const { rows } = await database.query<{ count: string }>(
    `select (select count(*) from registry.personal_data_read where viewer_subject = $1)
          + (select count(*) from mentoring.personal_data_read where viewer_subject = $1) as count`,
    [subject],
  );
  return Number(rows[0]?.count ?? 0);
}
