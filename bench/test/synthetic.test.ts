import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseIfMissing, dropDatabase, withAdminClient, withDatabase } from '@mentoring/platform/database';
import '@mentoring/platform/testing';
import { loadSynthetic, prepareDatabase } from '../src/synthetic/index.js';

const adminUrl = inject('postgresAdminUrl');
const suffix = `${Date.now().toString(36)}_${process.pid}`;
const names = { base: `synthetic_base_${suffix}`, first: `synthetic_a_${suffix}`, second: `synthetic_b_${suffix}` };
const urlOf = (name: string) => withDatabase(adminUrl, name);

async function query<T extends pg.QueryResultRow>(name: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(name) });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** An order-independent checksum of a table's rows, over all of them or over the given ids. */
const checksum = async (name: string, table: string, ids?: string[]) =>
  (
    await query<{ sum: string | null; rows: string }>(
      name,
      `select md5(string_agg(t::text, '|' order by t.id)) as sum, count(*) as rows from ${table} t
       ${ids ? 'where t.id = any($1::uuid[])' : ''}`,
      ids ? [ids] : [],
    )
  )[0];

/** Demo tables whose rows region 67's growth must leave exactly as the demo loaded them. */
const DEMO_TABLES = [
  'registry.region',
  'registry.municipality',
  'registry.organization',
  'registry.person',
  'registry.employment',
  'registry.consent',
  'mentoring.mentoring_pair',
  'mentoring.mentor_profile',
  'planning.event_participation',
];

describe('synthetic data at the tiny scale', () => {
  const demo = new Map<string, { ids: string[]; sum: string | null }>();
  let firstRows: Record<string, number>;
  let secondRows: Record<string, number>;

  beforeAll(async () => {
    // Schema and demo data once, then two copies of that database, each grown by the generator on its own.
    await createDatabaseIfMissing(adminUrl, names.base);
    await prepareDatabase(urlOf(names.base));
    for (const table of DEMO_TABLES) {
      const ids = (await query<{ id: string }>(names.base, `select id from ${table}`)).map((row) => row.id);
      demo.set(table, { ids, sum: (await checksum(names.base, table))?.sum ?? null });
    }
    await withAdminClient(adminUrl, async (client) => {
      await client.query(`create database "${names.first}" template "${names.base}"`);
      await client.query(`create database "${names.second}" template "${names.base}"`);
    });
    firstRows = await loadSynthetic({ databaseUrl: urlOf(names.first), scale: 'tiny' });
    secondRows = await loadSynthetic({ databaseUrl: urlOf(names.second), scale: 'tiny', snapshots: false });
  }, 240_000);

  afterAll(async () => {
    for (const name of Object.values(names)) await dropDatabase(adminUrl, name);
  });

  it('is deterministic: the same row counts and byte-identical rows, ids included', async () => {
    // The first run also rebuilt the snapshot (rows computed from the data, not generated): compared apart from it.
    const copied = Object.fromEntries(Object.entries(firstRows).filter(([table]) => !table.includes('snapshot')));
    expect(copied).toEqual(secondRows);
    expect(secondRows['registry.person']).toBeGreaterThan(500);
    for (const table of ['registry.person', 'mentoring.mentoring_pair', 'mentoring.pair_consent']) {
      expect(await checksum(names.first, table)).toEqual(await checksum(names.second, table));
    }
  });

  it('leaves the demo rows (region 67 and the others) exactly as the demo loaded them', async () => {
    for (const [table, { ids, sum }] of demo) {
      const now = await checksum(names.first, table, ids);
      expect({ table, sum: now?.sum, rows: Number(now?.rows) }).toEqual({ table, sum, rows: ids.length });
    }
  });

  it('marks every generated row SYNTHETIC and names nobody real', async () => {
    const [people] = await query<{ other: string; named: string }>(
      names.first,
      `select count(*) filter (where data_origin <> 'SYNTHETIC' and data_origin <> 'SEED') as other,
              count(*) filter (where created_at = '2026-09-01 09:00:00+00' and last_name !~ '^(Синтет|Генератор|Случайнов|Выборкин|Псевдонимов|Рандомов|Алгоритмов|Датасетов|Нагрузкин|Масштабов|Бенчмарков)') as named
       from registry.person`,
    );
    expect(people).toEqual({ other: '0', named: '0' });
  });

  it('holds the domain rules of pairs, consents and publication', async () => {
    const violations = await query<{ rule: string; count: string }>(
      names.first,
      `select 'participant without consent before the order' as rule, count(*) from (
         select p.id, p.mentor_person_id as person_id, p.order_date from mentoring.mentoring_pair p where p.status <> 'DRAFT'
         union all
         select p.id, m.person_id, p.order_date from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id
         where p.status <> 'DRAFT') x
       where not exists (select 1 from mentoring.pair_consent c where c.pair_id = x.id and c.person_id = x.person_id
         and c.given_on <= x.order_date)
       union all
       select 'minor consenting alone or adult by a parent', count(*) from mentoring.pair_consent c
         join mentoring.mentoring_pair p on p.id = c.pair_id join registry.person r on r.id = c.person_id
       where (age(p.order_date, r.birth_date) < interval '18 years') <> (c.given_by = 'PARENT')
       union all
       select 'mentor above capacity', count(*) from (
         select p.mentor_person_id, count(*) as mentees from mentoring.mentoring_pair p
         join mentoring.pair_mentee m on m.pair_id = p.id where p.status = 'ACTIVE' group by 1) l
         join mentoring.mentor_profile f on f.person_id = l.mentor_person_id where l.mentees > f.capacity
       union all
       select 'mentee in two active pairs of one form', count(*) from (
         select m.person_id, p.form_code from mentoring.pair_mentee m join mentoring.mentoring_pair p on p.id = m.pair_id
         where p.status = 'ACTIVE' group by 1, 2 having count(*) > 1) d
       union all
       select 'mentee not in the organization on the order date', count(*) from mentoring.pair_mentee m
         join mentoring.mentoring_pair p on p.id = m.pair_id
       where p.status <> 'DRAFT' and p.updated_at = '2026-09-01 09:00:00+00'
         and not exists (select 1 from registry_pub.staff s where s.person_id = m.person_id
           and s.organization_id = m.organization_id and s.start_date <= p.order_date)
         and not exists (select 1 from registry_pub.students s where s.person_id = m.person_id
           and s.organization_id = m.organization_id and s.start_date <= p.order_date)
       union all
       select 'active pair with a mentor not active', count(*) from mentoring.mentoring_pair p
         join mentoring.mentor_profile f on f.person_id = p.mentor_person_id where p.status = 'ACTIVE' and f.status <> 'ACTIVE'
       union all
       select 'programme outside 3 to 12 months', count(*) from mentoring.programme g
       where g.end_date < g.start_date + interval '3 months' or g.end_date > g.start_date + interval '12 months'
       union all
       select 'minor with a publication consent', count(*) from registry.consent c join registry.person r on r.id = c.person_id
       where c.kind = 'PUBLICATION' and age(current_date, r.birth_date) < interval '18 years'
         and c.created_at = '2026-09-01 09:00:00+00'`,
    );
    expect(violations.filter((row) => row.count !== '0')).toEqual([]);
  });

  it('is seen by the published views', async () => {
    const [seen] = await query<{ regions: string; organizations: string; published: string; staff: string }>(
      names.first,
      `select (select count(distinct region_code) from registry_pub.organization_territory) as regions,
              (select count(*) from registry_pub.organization_territory t join registry.organization o
                 on o.id = t.organization_id where o.created_at = '2026-09-01 09:00:00+00') as organizations,
              (select count(*) from registry_pub.publication u join registry.person p on p.id = u.person_id
                 where p.created_at = '2026-09-01 09:00:00+00') as published,
              (select count(*) from registry_pub.staff where region_code not in ('57', '67', '78')) as staff`,
    );
    expect(Number(seen?.regions)).toBe(5);
    expect(Number(seen?.organizations)).toBeGreaterThan(40);
    expect(Number(seen?.published)).toBeGreaterThan(10);
    expect(Number(seen?.staff)).toBeGreaterThan(100);
  });
});
