import type { Floor } from './reads.js';
import { text } from './sql.js';
import { WRITE_OPERATIONS } from '../scenarios.js';

/**
 * The write mix's floor: each mutation as the single statement that makes its change and returns the fields the
 * mix selects. It checks no rule (territory, consents, capacity, dates: what our subgraphs spend their statements
 * on), so it is the lower bound of a write, not an equal of ours; the token is still verified by the server, and an
 * anonymous caller is refused.
 */

/** Our subgraphs refuse every mutation of the mix to anonymous callers: so does the floor. */
function signedIn(floor: Floor): Floor {
  return async (request) => {
    if (request.viewer.role === 'PUBLIC') throw new Error('a mutation needs a signed-in viewer');
    return floor(request);
  };
}

const createPair: Floor = async ({ pool, variables }) => {
  const input = variables['input'] as {
    form: string;
    formats: string[];
    organizationId: string;
    mentorPersonId: string;
    mentees: { personId: string; organizationId: string }[];
    startDate: string;
    plannedEndDate: string;
  };
  const { rows } = await pool.query<{ id: string; version: number; status: string }>(
    `with pair as (
       insert into mentoring.mentoring_pair
         (id, form_code, status, organization_id, start_date, planned_end_date, formats, mentor_person_id, version,
          created_at, updated_at)
       values (gen_random_uuid(), $1, 'DRAFT', $2, $3, $4, $5, $6, 1, now(), now())
       returning id, version, status),
     mentees as (
       insert into mentoring.pair_mentee (id, pair_id, person_id, organization_id)
       select gen_random_uuid(), pair.id, m.person_id, m.organization_id
       from pair, jsonb_to_recordset($7::jsonb) as m(person_id uuid, organization_id uuid))
     select id, version, status from pair`,
    [
      input.form,
      input.organizationId,
      input.startDate,
      input.plannedEndDate,
      input.formats,
      input.mentorPersonId,
      JSON.stringify(
        input.mentees.map((mentee) => ({ person_id: mentee.personId, organization_id: mentee.organizationId })),
      ),
    ],
  );
  return { createPair: rows[0] };
};

const recordPairConsent: Floor = async ({ pool, variables }) => {
  const { rows } = await pool.query<{ version: number }>(
    `with consent as (
       insert into mentoring.pair_consent (id, pair_id, person_id, given_on, given_by)
       values (gen_random_uuid(), $1, $2, $3, 'PARTICIPANT'))
     update mentoring.mentoring_pair p set version = version + 1, updated_at = now() where p.id = $1 returning p.version`,
    [text(variables['pairId']), text(variables['personId']), text(variables['givenOn'])],
  );
  return { recordPairConsent: rows[0] };
};

const activatePair: Floor = async ({ pool, variables }) => {
  const { rows } = await pool.query<{ status: string; version: number }>(
    `with pair as (
       update mentoring.mentoring_pair set status = 'ACTIVE', order_number = $3, order_date = $4, version = version + 1,
         updated_at = now()
       where id = $1 and version = $2 and status = 'DRAFT'
       returning status, version, mentor_person_id),
     mentor as (
       update mentoring.mentor_profile mp set status = 'ACTIVE', version = mp.version + 1, updated_at = now()
       from pair where mp.person_id = pair.mentor_person_id and mp.status <> 'ACTIVE')
     select status, version from pair`,
    [text(variables['id']), Number(variables['version']), text(variables['orderNumber']), text(variables['orderDate'])],
  );
  return { activatePair: rows[0] };
};

const registerForEvent: Floor = async ({ pool, viewer, variables }) => {
  const { rows } = await pool.query<{ id: string; version: number; status: string }>(
    `insert into planning.event_participation (id, event_id, organization_id, person_id, status, registered_by)
     values (gen_random_uuid(), $1, $2, $3, 'REGISTERED', $4) returning id, version, status`,
    [text(variables['eventId']), text(variables['organizationId']), text(variables['personId']), viewer.subject],
  );
  return { registerForEvent: rows[0] };
};

const recordAttendance: Floor = async ({ pool, viewer, variables }) => {
  const { rows } = await pool.query<{ status: string; version: number }>(
    `update planning.event_participation set status = 'ATTENDED', version = version + 1, attendance_recorded_by = $3,
       attendance_recorded_at = now(), updated_at = now()
     where id = $1 and version = $2 returning status, version`,
    [text(variables['participationId']), Number(variables['version']), viewer.subject],
  );
  return { recordAttendance: rows[0] };
};

/** The write floors by the query text the mix sends. */
export const WRITE_FLOORS: [string, Floor][] = [
  [WRITE_OPERATIONS.createPair, signedIn(createPair)],
  [WRITE_OPERATIONS.recordPairConsent, signedIn(recordPairConsent)],
  [WRITE_OPERATIONS.activatePair, signedIn(activatePair)],
  [WRITE_OPERATIONS.registerForEvent, signedIn(registerForEvent)],
  [WRITE_OPERATIONS.recordAttendance, signedIn(recordAttendance)],
];
