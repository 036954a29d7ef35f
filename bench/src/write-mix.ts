import { issueToken } from '@mentoring/platform/auth';
import { shiftedIsoDay, todayIso } from '@mentoring/platform/validation';
import { withAdminClient } from '@mentoring/platform/database';
import { resetStatements, statementCount, type BenchDatabase } from './database.js';
import { sampleAll, settle, usagePerRequest, type RunResult, type Target } from './load.js';
import type { ProcessSample } from './proc.js';
import { REGION_CODE, WRITE_MIX, WRITE_MIX_FORM, WRITE_OPERATIONS, type RequestBody } from './scenarios.js';

/** One mix's people and places: a mentor's free place, a mentee nobody mentors yet, and the event to attend. */
export interface WriteMixItem {
  organizationId: string;
  municipalityOktmo: string;
  mentorPersonId: string;
  menteePersonId: string;
  menteeOrganizationId: string;
  eventId: string;
}

/**
 * Every free place of region 67's «педагог — педагог» mentors (capacity less active mentees; a mentor with two free
 * places comes twice, far apart, so their activations rarely wait on each other) matched with adult pedagogical staff
 * of the region who are in no draft or active pair and have no mentor profile; the events are the region's own ones
 * that have begun, taken in turn so that registrations (which lock their event) spread over them; a mentee already
 * registered for their event is left out (a second registration is a CONFLICT).
 */
export async function writeMixItems(databaseUrl: string): Promise<WriteMixItem[]> {
  return withAdminClient(databaseUrl, async (client) => {
    const { rows } = await client.query<WriteMixItem>(
      `with current_staff as (
         select s.person_id, s.organization_id, s.municipality_oktmo, s.birth_date from registry_pub.staff s
         where s.region_code = $1 and s.is_pedagogical and s.start_date <= $3::date
           and (s.end_date is null or s.end_date >= $3::date)
       ), places as (
         select mp.person_id, mp.organization_id, s.municipality_oktmo, place
         from mentoring.mentor_profile mp
         join lateral (select min(cs.municipality_oktmo) as municipality_oktmo from current_staff cs
                       where cs.person_id = mp.person_id and cs.organization_id = mp.organization_id) s on s.municipality_oktmo is not null
         cross join lateral generate_series(1, mp.capacity - (
           select count(*)::int from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id
           where p.status = 'ACTIVE' and p.mentor_person_id = mp.person_id)) as place
         where $2 = any(mp.forms) and mp.status <> 'LEFT'
       ), numbered_places as (
         select *, row_number() over (order by place, person_id) as n from places
       ), mentees as (
         select distinct on (cs.person_id) cs.person_id, cs.organization_id from current_staff cs
         where cs.birth_date <= $3::date - interval '18 years'
           and not exists (select 1 from mentoring.mentor_profile mp where mp.person_id = cs.person_id)
           and not exists (select 1 from mentoring.pair_mentee m join mentoring.mentoring_pair p on p.id = m.pair_id
                           where m.person_id = cs.person_id and p.status in ('DRAFT', 'ACTIVE'))
         order by cs.person_id, cs.organization_id
       ), numbered_mentees as (
         select *, row_number() over (order by person_id) as n from mentees
       ), events as (
         select e.id, row_number() over (order by e.start_date, e.id) - 1 as k, count(*) over () as events
         from planning.event e join registry.region r on r.id = e.region_id
         where r.code = $1 and e.municipality_id is null and e.start_date <= $3::date
       )
       select p.organization_id as "organizationId", p.municipality_oktmo as "municipalityOktmo",
              p.person_id as "mentorPersonId", m.person_id as "menteePersonId",
              m.organization_id as "menteeOrganizationId", e.id as "eventId"
       from numbered_places p
       join numbered_mentees m on m.n = p.n
       join events e on e.k = p.n % e.events
       where m.person_id <> p.person_id
         and not exists (select 1 from planning.event_participation ep
                         where ep.event_id = e.id and ep.organization_id = m.organization_id and ep.person_id = m.person_id)
       order by p.n`,
      // The services' calendar (UTC), not the database's: an event must have begun for them.
      [REGION_CODE, WRITE_MIX_FORM, todayIso()],
    );
    return rows;
  });
}

/**
 * What a run created and changed, so that the next run (and the next target) starts from the same data: the ids the
 * answers named, and the run's start on the database's clock for writes whose answer was lost (a request the gateway
 * gave up on may still have committed).
 */
interface MixWrites {
  pairIds: string[];
  participationIds: string[];
  since?: string;
}

const BENCH_OPERATOR = 'bench-operator';

function databaseNow(databaseUrl: string): Promise<string> {
  return withAdminClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ now: string }>('select now()::text as now');
    return rows[0]?.now ?? new Date().toISOString();
  });
}

/** Undoes a run: its pairs with their mentees and consents, its registrations, and the mentors' statuses as they were. */
function undoWrites(databaseUrl: string, writes: MixWrites, mentorStatuses: Map<string, string>): Promise<void> {
  return withAdminClient(databaseUrl, async (client) => {
    await client.query('begin');
    const mentors = [...mentorStatuses.keys()];
    const { rows: lost } = writes.since
      ? await client.query<{ id: string }>(
          'select id from mentoring.mentoring_pair where mentor_person_id = any($1::uuid[]) and created_at >= $2',
          [mentors, writes.since],
        )
      : { rows: [] };
    const pairIds = [...new Set([...writes.pairIds, ...lost.map((row) => row.id)])];
    await client.query('delete from mentoring.pair_consent where pair_id = any($1::uuid[])', [pairIds]);
    await client.query('delete from mentoring.pair_mentee where pair_id = any($1::uuid[])', [pairIds]);
    await client.query('delete from mentoring.mentoring_pair where id = any($1::uuid[])', [pairIds]);
    await client.query(
      `delete from planning.event_participation
       where id = any($1::uuid[]) or (registered_by = $2 and $3::timestamptz is not null and created_at >= $3::timestamptz)`,
      [writes.participationIds, BENCH_OPERATOR, writes.since ?? null],
    );
    await client.query(
      `update mentoring.mentor_profile mp set status = s.status
       from jsonb_each_text($1::jsonb) as s(person_id, status)
       where mp.person_id = s.person_id::uuid and mp.status <> s.status`,
      [JSON.stringify(Object.fromEntries(mentorStatuses))],
    );
    await client.query('commit');
  });
}

function mentorStatusesOf(databaseUrl: string, items: WriteMixItem[]): Promise<Map<string, string>> {
  return withAdminClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ person_id: string; status: string }>(
      'select person_id, status from mentoring.mentor_profile where person_id = any($1::uuid[])',
      [[...new Set(items.map((item) => item.mentorPersonId))]],
    );
    return new Map(rows.map((row) => [row.person_id, row.status]));
  });
}

/** The bearer tokens of the mix: the regional operator of region 67, and the head of each organization that activates. */
export async function writeMixTokens(
  tokenConfig: Parameters<typeof issueToken>[0],
  items: WriteMixItem[],
): Promise<{ operator: string; headOf: Map<string, string> }> {
  const operator = `Bearer ${await issueToken(tokenConfig, { subject: BENCH_OPERATOR, role: 'REGIONAL_OPERATOR', scope: { regionCode: REGION_CODE } })}`;
  const headOf = new Map<string, string>();
  for (const item of items) {
    if (headOf.has(item.organizationId)) continue;
    const token = await issueToken(tokenConfig, {
      subject: `bench-head-${item.organizationId}`,
      role: 'SCHOOL_HEAD',
      scope: {
        regionCode: REGION_CODE,
        municipalityOktmo: item.municipalityOktmo,
        organizationId: item.organizationId,
      },
    });
    headOf.set(item.organizationId, `Bearer ${token}`);
  }
  return { operator, headOf };
}

class MixFailure extends Error {}

/** The sequence of one mix against one target; every request's latency goes to `latencies`. */
async function runMix(
  url: string,
  item: WriteMixItem,
  tokens: { operator: string; headOf: Map<string, string> },
  writes: MixWrites,
  latencies: number[],
): Promise<void> {
  const today = todayIso();
  const send = async <T>(body: RequestBody, authorization: string): Promise<T> => {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { data?: T; errors?: unknown };
    latencies.push(performance.now() - started);
    if (!response.ok || answer.errors || !answer.data)
      throw new MixFailure(`${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
    return answer.data;
  };
  const { operator } = tokens;
  const head = tokens.headOf.get(item.organizationId) ?? operator;
  const { createPair: draft } = await send<{ createPair: { id: string; version: number } }>(
    {
      query: WRITE_OPERATIONS.createPair,
      variables: {
        input: {
          form: WRITE_MIX_FORM,
          formats: ['TRADITIONAL'],
          organizationId: item.organizationId,
          mentorPersonId: item.mentorPersonId,
          mentees: [{ personId: item.menteePersonId, organizationId: item.menteeOrganizationId }],
          startDate: today,
          plannedEndDate: shiftedIsoDay(today, 180),
        },
      },
    },
    operator,
  );
  writes.pairIds.push(draft.id);
  let version = draft.version;
  for (const personId of [item.mentorPersonId, item.menteePersonId]) {
    const { recordPairConsent } = await send<{ recordPairConsent: { version: number } }>(
      { query: WRITE_OPERATIONS.recordPairConsent, variables: { pairId: draft.id, personId, givenOn: today } },
      operator,
    );
    version = recordPairConsent.version;
  }
  await send(
    {
      query: WRITE_OPERATIONS.activatePair,
      variables: { id: draft.id, version, orderNumber: `bench-${draft.id.slice(0, 8)}`, orderDate: today },
    },
    head,
  );
  const { registerForEvent: registration } = await send<{ registerForEvent: { id: string; version: number } }>(
    {
      query: WRITE_OPERATIONS.registerForEvent,
      variables: { eventId: item.eventId, organizationId: item.menteeOrganizationId, personId: item.menteePersonId },
    },
    operator,
  );
  writes.participationIds.push(registration.id);
  await send(
    {
      query: WRITE_OPERATIONS.recordAttendance,
      variables: { participationId: registration.id, version: registration.version },
    },
    operator,
  );
}

const percentile = (sorted: number[], share: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN) : Number.NaN;

/**
 * One mix on one target before measuring, undone at once: a target that refuses a step (a rule, a right) would
 * otherwise be measured on its error path.
 */
export async function checkWriteMix(
  target: Target,
  databaseUrl: string,
  item: WriteMixItem,
  tokens: { operator: string; headOf: Map<string, string> },
): Promise<void> {
  const statuses = await mentorStatusesOf(databaseUrl, [item]);
  const writes: MixWrites = { pairIds: [], participationIds: [], since: await databaseNow(databaseUrl) };
  try {
    await runMix(target.url, item, tokens, writes, []);
  } catch (error) {
    throw new Error(
      `${WRITE_MIX.id}: ${target.name} fails the mix: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    await undoWrites(databaseUrl, writes, statuses);
  }
}

/**
 * S seconds of C concurrent mixes on one target, each connection taking the next unused item, then the run's writes
 * undone. Measured like a read run (per request: req/s, p50/p99, CPU by process, SQL statements); a mix that fails
 * counts one failure and stops there. The run ends early, and says so, when the free mentor places run out.
 */
export async function runWriteMix(options: {
  target: Target;
  database: BenchDatabase;
  items: WriteMixItem[];
  tokens: { operator: string; headOf: Map<string, string> };
  seconds: number;
  connections: number;
}): Promise<RunResult & { mixes: number; elapsedSeconds: number; exhausted: boolean; firstFailure?: string }> {
  const { target, database, items } = options;
  await settle(target, database);
  const statuses = await mentorStatusesOf(database.url, items);
  const writes: MixWrites = { pairIds: [], participationIds: [], since: await databaseNow(database.url) };
  const latencies: number[] = [];
  let next = 0;
  let mixes = 0;
  // A mix stops at its first failed request: failed mixes and failed requests are one count.
  let failures = 0;
  let firstFailure: string | undefined;
  let measured: { elapsedSeconds: number; before: Record<string, ProcessSample>; after: Record<string, ProcessSample> };
  let statements: number | null;
  try {
    await resetStatements(database);
    const before = sampleAll(target, database);
    const started = performance.now();
    const deadline = started + options.seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        const item = items[next++];
        if (!item) return;
        try {
          await runMix(target.url, item, options.tokens, writes, latencies);
          mixes++;
        } catch (error) {
          failures++;
          firstFailure ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: options.connections }, worker));
    measured = { elapsedSeconds: (performance.now() - started) / 1000, before, after: sampleAll(target, database) };
    statements = await statementCount(database);
  } finally {
    // A request the client gave up on may still commit: undo once the processes are idle, whatever happened.
    await settle(target, database);
    await undoWrites(database.url, writes, statuses);
  }
  const { elapsedSeconds, before, after } = measured;
  const requests = latencies.length || Number.NaN;
  const { cpuMsPerRequest, rssBytes } = usagePerRequest(before, after, requests);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    target: target.name,
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    failures,
    cpuMsPerRequest,
    rssBytes,
    statementsPerRequest: statements === null ? null : statements / requests,
    mixes,
    elapsedSeconds,
    exhausted: next >= items.length,
    ...(firstFailure ? { firstFailure } : {}),
  };
}
