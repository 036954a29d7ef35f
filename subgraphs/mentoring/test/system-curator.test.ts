import { DEMO_ORGANIZATIONS, DEMO_PEOPLE, organizationIdOf, personIdOf } from '@mentoring/subgraph-registry/demo';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentoringSubgraph } from '../src/subgraph.js';

/**
 * Seed 003: the curator «назначается руководителем образовательной организации из числа заместителей руководителя
 * (методистов)». The registry records the head's appointment; saveMentoringSystem accepts only its holder, whoever saves.
 */
let mentoring: TestSubgraph;
const school = DEMO_ORGANIZATIONS.filter(
  (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
)[3]!;
const orgId = organizationIdOf(school.inn);
const deputy = DEMO_PEOPLE.find(
  (person) => person.organizationInn === school.inn && /заместител/i.test(person.employment.position),
)!;
const sql = (text: string, params: unknown[] = []) => mentoring.orm.em.getConnection().execute(text, params);
const SAVE = `mutation ($input: MentoringSystemInput!) { saveMentoringSystem(organizationId: "${orgId}", input: $input) { curator { id } regulationOrderNumber } }`;

beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
});
afterAll(() => mentoring?.close());

describe('the mentoring system’s curator is the one the head appointed', () => {
  it('refuses a coordinator naming a deputy head the head has not appointed (no SCHOOL_CURATOR appointment in force)', async () => {
    const coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: '54618000',
    });
    await sql(
      `update registry.appointment set end_date = current_date - 1 where person_id = ? and kind = 'SCHOOL_CURATOR'`,
      [personIdOf(deputy.key)],
    );
    const refused = await mentoring.query(SAVE, { input: { curatorPersonId: personIdOf(deputy.key) } }, coordinator);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'curatorPersonId' });
    expect(refused.errors?.[0]?.message).toContain(
      '«Куратор реализации программ наставничества: - назначается руководителем образовательной организации',
    );
    await sql(`update registry.appointment set end_date = null where person_id = ? and kind = 'SCHOOL_CURATOR'`, [
      personIdOf(deputy.key),
    ]);
    const accepted = await mentoring.query(SAVE, { input: { curatorPersonId: personIdOf(deputy.key) } }, coordinator);
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses a curator whose employment at the school has not begun', async () => {
    const operator = await mentoring.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' });
    await sql(
      `update registry.employment set start_date = current_date + 30 where person_id = ? and organization_id = ?`,
      [personIdOf(deputy.key), orgId],
    );
    const refused = await mentoring.query(SAVE, { input: { curatorPersonId: personIdOf(deputy.key) } }, operator);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'curatorPersonId' });
    expect(refused.errors?.[0]?.message).toContain('приступивший к работе');
  });
  it('refuses clearing the curator while the head’s appointment is in force; names no curator once it ends, and then accepts clearing', async () => {
    const coordinator = await mentoring.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: '54618000',
    });
    await sql(`update registry.appointment set end_date = null where person_id = ? and kind = 'SCHOOL_CURATOR'`, [
      personIdOf(deputy.key),
    ]);
    await sql(
      `update registry.employment set start_date = current_date - 365 where person_id = ? and organization_id = ?`,
      [personIdOf(deputy.key), orgId],
    );
    expect(
      (await mentoring.query(SAVE, { input: { curatorPersonId: personIdOf(deputy.key) } }, coordinator)).errors,
    ).toBeUndefined();
    const READ = `{ _entities(representations: [{ __typename: "Organization", id: "${orgId}" }]) { ... on Organization { mentoringSystem { curator { id } implementsModel } } } }`;

    const refused = await mentoring.query(SAVE, { input: { curatorPersonId: null } }, coordinator);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'curatorPersonId' });
    expect(refused.errors?.[0]?.message).toContain(
      '«Куратор реализации программ наставничества: - назначается руководителем образовательной организации',
    );
    expect(refused.errors?.[0]?.message).toContain('нельзя снять');
    const [stored] = await sql(
      'select curator_person_id from mentoring.organization_system where organization_id = ?',
      [orgId],
    );
    expect(stored?.curator_person_id).toBe(personIdOf(deputy.key));

    await sql(
      `update registry.appointment set end_date = current_date - 1 where person_id = ? and kind = 'SCHOOL_CURATOR'`,
      [personIdOf(deputy.key)],
    );
    const read = await mentoring.query<{
      _entities: { mentoringSystem: { curator: unknown; implementsModel: boolean } }[];
    }>(READ, {}, coordinator);
    expect(read.errors).toBeUndefined();
    expect(read.data!._entities[0]!.mentoringSystem).toEqual({ curator: null, implementsModel: false });
    const cleared = await mentoring.query(SAVE, { input: { curatorPersonId: null } }, coordinator);
    expect(cleared.errors).toBeUndefined();
    expect((cleared.data as { saveMentoringSystem: { curator: unknown } }).saveMentoringSystem.curator).toBeNull();
  });
});
