import DataLoader from 'dataloader';
import { type EntityManager, isUuid } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { type Connection, type ConnectionArgs, pageSize } from '@mentoring/platform/pagination';
import { todayIso } from '@mentoring/platform/validation';

export const SUBMISSION_STATES = ['PENDING', 'SUBMITTED_ON_TIME', 'SUBMITTED_LATE', 'NOT_SUBMITTED'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** A municipality of the obligation's region and its derived state. */
export interface TerritorySubmissionState {
  obligationId: string;
  municipalityId: string;
  state: SubmissionState;
  submissionId: string | null;
  /** Demo data: its submission is synthetic, or it has none under an obligation whose recorded submissions are demo data. */
  synthetic: boolean;
}

/** Counts of the region's municipalities by state. */
export interface SubmissionSummary {
  total: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** Whether any state counted is synthetic. */
  includesSyntheticData: boolean;
}

const placeholders = (keys: readonly string[]) => keys.map(() => '?::uuid').join(', ');

/**
 * The states of every municipality of the regions of N obligations, in one statement: the municipalities that owe
 * come from the registry's published territory view joined in SQL, each with its valid submission if any. A
 * submission on the due date is on time; without one, the municipality is PENDING until the due date has passed.
 * Days are UTC calendar days (todayIso). A state is synthetic when its submission is demo data, or when it has none
 * and the obligation's recorded submissions (withdrawn ones included) are demo data: the demo's «missing» is no fact
 * about a real municipality.
 */
export function territoryStatesLoader(em: EntityManager): DataLoader<string, TerritorySubmissionState[]> {
  return new DataLoader(async (obligationIds) => {
    const rows = await em.execute<
      {
        obligation_id: string;
        municipality_id: string;
        state: SubmissionState;
        submission_id: string | null;
        synthetic: boolean;
      }[]
    >(
      `select o."id" as "obligation_id", m."municipality_id", s."id" as "submission_id",
              case when s."id" is not null then
                     case when s."submitted_on" <= o."due_date" then 'SUBMITTED_ON_TIME' else 'SUBMITTED_LATE' end
                   when o."due_date" >= ?::date then 'PENDING'
                   else 'NOT_SUBMITTED' end as "state",
              case when s."id" is not null then s."data_origin" = 'SYNTHETIC'
                   else exists (select 1 from "planning"."report_submission" d
                                where d."obligation_id" = o."id" and d."data_origin" = 'SYNTHETIC') end as "synthetic"
       from "planning"."reporting_obligation" o
       join "registry_pub"."municipality_territory" m on m."region_id" = o."region_id"
       left join "planning"."report_submission" s
         on s."obligation_id" = o."id" and s."municipality_id" = m."municipality_id" and s."withdrawn_at" is null
       where o."id" in (${placeholders(obligationIds)})
       order by m."municipality_name", m."municipality_id"`,
      [todayIso(), ...obligationIds],
    );
    const byObligation = new Map<string, TerritorySubmissionState[]>(obligationIds.map((id) => [id, []]));
    for (const row of rows)
      byObligation.get(row.obligation_id)?.push({
        obligationId: row.obligation_id,
        municipalityId: row.municipality_id,
        state: row.state,
        submissionId: row.submission_id,
        synthetic: row.synthetic,
      });
    return obligationIds.map((id) => byObligation.get(id) ?? []);
  });
}

/** The summary of the states already read: no statement of its own. */
export function summaryOf(states: TerritorySubmissionState[]): SubmissionSummary {
  const count = (state: SubmissionState) => states.filter((row) => row.state === state).length;
  return {
    total: states.length,
    onTime: count('SUBMITTED_ON_TIME'),
    late: count('SUBMITTED_LATE'),
    missing: count('NOT_SUBMITTED'),
    pending: count('PENDING'),
    includesSyntheticData: states.some((row) => row.synthetic),
  };
}

const cursorOf = (municipalityId: string) => Buffer.from(municipalityId).toString('base64url');

/**
 * A page of the states, read whole in one statement (a region has tens of municipalities): the cursor is the last
 * municipality's id; one that names no municipality of this list is refused.
 */
export function statesPage(
  states: TerritorySubmissionState[],
  filter: SubmissionState | null | undefined,
  args: ConnectionArgs,
): Connection<TerritorySubmissionState> {
  const first = pageSize(args.first);
  const matching = filter ? states.filter((row) => row.state === filter) : states;
  let start = 0;
  if (args.after !== null && args.after !== undefined) {
    const id = Buffer.from(args.after, 'base64url').toString('utf8');
    const index =
      isUuid(id) && cursorOf(id) === args.after ? matching.findIndex((row) => row.municipalityId === id) : -1;
    if (index < 0)
      throw badUserInput('Курсор after не распознан; the after cursor is not valid for this list.', {
        argument: 'after',
      });
    start = index + 1;
  }
  const page = matching.slice(start, start + first);
  const edges = page.map((node) => ({ cursor: cursorOf(node.municipalityId), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + first < matching.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: matching.length,
  };
}
