import { badUserInput } from '@mentoring/platform/errors';
import { containsPattern } from '@mentoring/platform/graphql';
import { pageSize, type Connection, type ConnectionArgs } from '@mentoring/platform/pagination';
import { isUuid, type EntityManager } from '@mentoring/platform/database';
import type { DataOrigin, PracticeFilter } from '../../__generated__/types.generated.js';
import type { Practice } from './practice.entity.js';

/** Where a practice of the bank comes from: entered into the bank, or a contest's winner (planning). */
export type PracticeOrigin = 'BANK' | 'CONTEST';

/**
 * A practice of the bank of effective practices as the API serves it: one of mentoring's own (table
 * mentoring.practice) or a WINNER / PRIZE_WINNER practice proposed to a published best-practice contest
 * (planning_pub.contest_practice; its id is the application's id, its awards are derived from the result).
 */
export interface PracticeRecord {
  id: string;
  title: string;
  summary: string;
  organizationId: string;
  authorPersonIds: string[];
  formCode: string | null;
  year: number;
  materialsUrl: string | null;
  awards: string[];
  dataOrigin: DataOrigin;
  origin: PracticeOrigin;
}

export const fromEntity = (practice: Practice): PracticeRecord => ({
  id: practice.id,
  title: practice.title,
  summary: practice.summary,
  organizationId: practice.organizationId,
  authorPersonIds: practice.authorPersonIds,
  formCode: practice.form?.code ?? null,
  year: practice.year,
  materialsUrl: practice.materialsUrl ?? null,
  awards: practice.awards,
  dataOrigin: practice.dataOrigin,
  origin: 'BANK',
});

let contestPracticesPublished = false;

/**
 * Whether planning publishes its contests' practices in this database. Mentoring needs nothing of planning at
 * migration time, so a database without planning (a subgraph alone) serves the bank's own practices only; once the
 * view is seen it is taken as there for the life of the process (no statement per request).
 */
async function withContestPractices(em: EntityManager): Promise<boolean> {
  if (!contestPracticesPublished) {
    const [row] = await em.execute<{ present: boolean }[]>(
      `select to_regclass('planning_pub.contest_practice') is not null as "present"`,
    );
    contestPracticesPublished = row?.present === true;
  }
  return contestPracticesPublished;
}

/** Both sources as one relation with the same columns (the contest's part only when planning publishes it). */
const practicesRelation = (contests: boolean) => `(
  select p."id", p."title", p."summary", p."organization_id", p."author_person_ids"::text[] as "author_person_ids",
         p."form_code", p."year"::int as "year", p."materials_url", p."awards"::text[] as "awards",
         p."data_origin"::text as "data_origin", 'BANK' as "origin"
  from "mentoring"."practice" p${
    contests
      ? `
  union all
  select c."practice_id", c."title", c."summary", c."organization_id", c."author_person_ids"::text[],
         c."form_code", c."year"::int, c."materials_url",
         array[(case c."result" when 'WINNER' then 'Победитель' else 'Призёр' end)
               || ' конкурса «' || c."contest_title" || '» ' || c."year"]::text[],
         c."data_origin", 'CONTEST'
  from "planning_pub"."contest_practice" c`
      : ''
  }
)`;

interface PracticeRow {
  id: string;
  title: string;
  summary: string;
  organization_id: string;
  author_person_ids: string[];
  form_code: string | null;
  year: number;
  materials_url: string | null;
  awards: string[];
  data_origin: DataOrigin;
  origin: PracticeOrigin;
}

const fromRow = (row: PracticeRow): PracticeRecord => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  organizationId: row.organization_id,
  authorPersonIds: row.author_person_ids,
  formCode: row.form_code,
  year: row.year,
  materialsUrl: row.materials_url,
  awards: row.awards,
  dataOrigin: row.data_origin,
  origin: row.origin,
});

const refuseCursor = () =>
  badUserInput('Курсор after не распознан; the after cursor is not valid for this list.', { argument: 'after' });

/** The cursor scheme of every list (base64url JSON of the sort keys' values): here [year, id]. */
function decodeCursor(after: string | null | undefined): [number, string] | null {
  if (after == null) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw refuseCursor();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 2 ||
    Buffer.from(after, 'base64url').toString('base64url') !== after ||
    !Number.isInteger(decoded[0]) ||
    (decoded[0] as number) < -32_768 ||
    (decoded[0] as number) > 32_767 ||
    typeof decoded[1] !== 'string' ||
    !isUuid(decoded[1])
  )
    throw refuseCursor();
  return [decoded[0] as number, decoded[1]];
}

const encodeCursor = (practice: PracticeRecord) =>
  Buffer.from(JSON.stringify([practice.year, practice.id])).toString('base64url');

/**
 * One page of the bank (newest year first, then id), the bank's own practices and the contests' winners together, in
 * one statement that also counts every match. Region: a join on registry_pub.organization_territory.
 */
export async function practicePage(
  em: EntityManager,
  filter: PracticeFilter | null | undefined,
  args: ConnectionArgs,
): Promise<Connection<PracticeRecord>> {
  const first = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const conditions: string[] = [];
  const values: unknown[] = [];
  if (filter?.search) {
    conditions.push(`(m."title" ilike ? or m."summary" ilike ?)`);
    const pattern = containsPattern(filter.search);
    values.push(pattern, pattern);
  }
  if (filter?.form) {
    conditions.push(`m."form_code" = ?`);
    values.push(filter.form);
  }
  if (filter?.year != null) {
    conditions.push(`m."year" = ?`);
    values.push(filter.year);
  }
  if (filter?.organizationId) {
    conditions.push(`m."organization_id" = ?::uuid`);
    values.push(filter.organizationId);
  }
  if (filter?.regionCode) {
    conditions.push(
      `exists (select 1 from "registry_pub"."organization_territory" t where t."organization_id" = m."organization_id" and t."region_code" = ?)`,
    );
    values.push(filter.regionCode);
  }
  const keyset = cursor ? `where f."year" < ? or (f."year" = ? and f."id" > ?::uuid)` : '';
  const [row] = await em.execute<{ total: number; rows: PracticeRow[] }[]>(
    `with "filtered" as (
       select m.* from ${practicesRelation(await withContestPractices(em))} m
       ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
     )
     select (select count(*) from "filtered")::int as "total",
            coalesce((select json_agg(x order by x."year" desc, x."id") from (
              select * from "filtered" f ${keyset} order by f."year" desc, f."id" limit ?
            ) x), '[]'::json) as "rows"`,
    [...values, ...(cursor ? [cursor[0], cursor[0], cursor[1]] : []), first + 1],
  );
  const rows = (row?.rows ?? []).map(fromRow);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: cursor != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: row?.total ?? 0,
  };
}

/** N practices by id, the bank's own and the contests' winners, in one statement (a dataloader's batch). */
export async function practicesByIds(em: EntityManager, ids: readonly string[]): Promise<(PracticeRecord | null)[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await em.execute<PracticeRow[]>(
        `select m.* from ${practicesRelation(await withContestPractices(em))} m where m."id" = any(?::uuid[])`,
        [`{${valid.join(',')}}`],
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, fromRow(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
