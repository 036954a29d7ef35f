import { LockMode } from '@mikro-orm/core';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { forbidden, notFound } from '@mentoring/platform/errors';
import { keptTerritory } from '../events/event-rights.js';
import { ContestSchema, type Contest } from './contest.entity.js';

/** The territory whose contests the viewer runs: a regional operator's region, a municipal coordinator's municipality. */
export interface ContestTerritory {
  regionId: string;
  municipalityId: string | null;
}

/** The viewer's territory as a contest keeper, or null for every other role (one statement, asked once per request). */
export async function keeperTerritory(em: EntityManager, viewer: Viewer): Promise<ContestTerritory | null> {
  if (viewer.role !== 'REGIONAL_OPERATOR' && viewer.role !== 'MUNICIPAL_COORDINATOR') return null;
  return keptTerritory(em, viewer).catch(() => null);
}

/**
 * Whether the territory keeps the contest: the region's operator its regional contests, the municipality's
 * coordinator its municipal ones — the same split as events.
 */
export const keeps = (territory: ContestTerritory | null, contest: Contest): boolean =>
  territory !== null &&
  territory.regionId === contest.regionId &&
  territory.municipalityId === (contest.municipalityId ?? null);

/**
 * Whether the territory reads the contest's applications, scores and totals before publication: its keepers, and
 * the region's operator for the municipal contests of their region (read, not run).
 */
export const reads = (territory: ContestTerritory | null, contest: Contest): boolean =>
  keeps(territory, contest) ||
  (territory !== null && territory.municipalityId === null && territory.regionId === contest.regionId);

const KEEPERS_ONLY =
  'Конкурс ведут региональный оператор (региональные конкурсы своего субъекта РФ) и муниципальный координатор (конкурсы своего муниципального образования); this contest is outside your territory or level.';

/** The contest's keeper or FORBIDDEN, after NOT_FOUND for a contest nobody has. */
export async function assertKeeps(em: EntityManager, viewer: Viewer, contest: Contest): Promise<void> {
  if (!keeps(await keeperTerritory(em, viewer), contest)) throw forbidden(KEEPERS_ONLY);
}

/**
 * The contest, its row locked until the transaction ends (SELECT … FOR UPDATE): scoring, applying, closing and
 * publishing take it in turn, so no score or application slips in after the scoring closes or the results are out.
 * NOT_FOUND naming the argument when there is none.
 */
export async function lockedContest(tx: EntityManager, id: string, argument = 'contestId'): Promise<Contest> {
  return (
    (await tx.findOne(ContestSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })) ??
    contestNotFound(id, argument)
  );
}

/** NOT_FOUND naming the argument. */
export function contestNotFound(id: string, argument = 'contestId'): never {
  throw notFound(`Конкурс ${id} не найден; no contest with id ${id}.`, { argument });
}
