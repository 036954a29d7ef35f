import { type EntityManager } from '@mentoring/platform/database';
import { notFound } from '@mentoring/platform/errors';

/** What an application enters: a mentoring pair or a practice of the bank, by mentoring's id. */
export type MentoringEntry = { pairId: string; practiceId?: null } | { practiceId: string; pairId?: null };

/** A practice proposed with the application: its organization (the applying school) and authors (registry ids). */
export interface ProposalEntry {
  proposal: { organizationId: string; authorPersonIds: readonly string[] };
  pairId?: null;
  practiceId?: null;
}

/** What an application enters: a mentoring pair, a practice of the bank, or a practice proposed with it. */
export type ContestEntry = MentoringEntry | ProposalEntry;

/** A PostgreSQL array literal of ids already validated as UUIDs (GraphQL's UUID scalar, or stored uuids). */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * The organization a pair or a practice belongs to, read now from mentoring's published views (mentoring_pub): a
 * pair that has been activated (ACTIVE or COMPLETED — mentoring_pub.participation), or a practice of the bank
 * (mentoring_pub.practice). NOT_FOUND naming the argument when mentoring publishes no such pair or practice.
 */
export async function entryOrganization(em: EntityManager, entry: MentoringEntry): Promise<string> {
  const [row] = entry.pairId
    ? await em.execute<{ organization_id: string }[]>(
        'select distinct pair_organization_id as organization_id from mentoring_pub.participation where pair_id = ?',
        [entry.pairId],
      )
    : await em.execute<{ organization_id: string }[]>(
        'select organization_id from mentoring_pub.practice where practice_id = ?',
        [entry.practiceId],
      );
  if (row) return row.organization_id;
  throw entry.pairId
    ? notFound(
        `Наставническая пара ${entry.pairId} не найдена среди действующих и завершённых; no active or completed pair with that id.`,
        { argument: 'pairId' },
      )
    : notFound(`Практика ${entry.practiceId} не найдена в банке практик; no practice with that id.`, {
        argument: 'practiceId',
      });
}

/** Why a juror may not score an entry, or null when nothing stands in the way. */
export type JurorConflict = 'MEMBER' | 'WORKPLACE' | null;

/**
 * A juror's conflict of interest with an entry, in one statement: the juror is one of the entry's people (the pair's
 * mentor or mentees — mentoring_pub.participation; the practice's authors — mentoring_pub.practice; a proposal's
 * authors), or works now (registry_pub.person_workplace) at the entry's organization (for a proposal, the applying
 * school) or at any current workplace of any of its people.
 */
export async function jurorConflict(
  em: EntityManager,
  jurorPersonId: string,
  entry: ContestEntry,
): Promise<JurorConflict> {
  const pairId = entry.pairId ?? null;
  const practiceId = entry.practiceId ?? null;
  const proposal = 'proposal' in entry ? entry.proposal : null;
  const proposalAuthors = uuidArray(proposal?.authorPersonIds ?? []);
  const proposalOrganizations = uuidArray(proposal ? [proposal.organizationId] : []);
  const [row] = await em.execute<{ member: boolean; colleague: boolean }[]>(
    `with "people" as (
       select "person_id" from "mentoring_pub"."participation" where "pair_id" = ?::uuid
       union select unnest("author_person_ids")::uuid from "mentoring_pub"."practice" where "practice_id" = ?::uuid
       union select unnest(?::uuid[])
     ), "organizations" as (
       select "pair_organization_id" as "organization_id" from "mentoring_pub"."participation" where "pair_id" = ?::uuid
       union select "organization_id" from "mentoring_pub"."practice" where "practice_id" = ?::uuid
       union select unnest(?::uuid[])
       union select w."organization_id" from "registry_pub"."person_workplace" w join "people" using ("person_id")
     )
     select exists (select 1 from "people" where "person_id" = ?::uuid) as "member",
            exists (select 1 from "registry_pub"."person_workplace" w join "organizations" using ("organization_id")
                    where w."person_id" = ?::uuid) as "colleague"`,
    [pairId, practiceId, proposalAuthors, pairId, practiceId, proposalOrganizations, jurorPersonId, jurorPersonId],
  );
  return row?.member ? 'MEMBER' : row?.colleague ? 'WORKPLACE' : null;
}
