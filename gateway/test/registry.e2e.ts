import { writeCsv } from '@mentoring/platform/tabular';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  innWithCheckDigit,
  organizationIdOf,
  personIdOf,
} from '@mentoring/subgraph-registry/demo';
import { federationClient } from '@mentoring/platform/testing';
import { describe, expect, it } from 'vitest';

const federation = federationClient();

describe('the registry through the gateway', () => {
  it('an analyst counts young specialists of a Smolensk school by both definitions, without names', async () => {
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const analyst = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const response = await federation.query<{
      organization: {
        staff: {
          totalCount: number;
          edges: { node: { id: string; under35: boolean; zeroToThree: boolean; age: number } }[];
        };
      };
    }>(
      `{ organization(inn: "${school.inn}") { staff(first: 20) { totalCount edges { node { id age under35: isYoungSpecialist(asOf: "2026-11-01") zeroToThree: isYoungSpecialist(asOf: "2026-11-01", definition: EXPERIENCE_0_3_YEARS) } } } } }`,
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization.staff.totalCount).toBe(8);
    // Every pedagogical worker of a demo school is a «Учитель …», so seed 000's young specialists are seed 004's too.
    for (const { node } of response.data!.organization.staff.edges)
      if (node.under35) expect(node.zeroToThree).toBe(true);
  });

  it('seed 003 through the gateway: a coordinator does not appoint a coordinator, a head appoints only a deputy head or methodist as curator', async () => {
    const APPOINT = 'mutation ($input: AppointmentInput!) { appoint(input: $input) { id } }';
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '54618000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const teacher = DEMO_PEOPLE.find((person) => person.key === `${school.inn}-2`)!;
    const order = { orderNumber: '3-од', orderDate: '2026-09-01', startDate: '2026-09-01' };
    const coordinator = await federation.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '57',
      municipalityOktmo: '54618000',
    });
    const byCoordinator = await federation.query(APPOINT, {
      token: coordinator,
      variables: {
        input: {
          personId: personIdOf(teacher.key),
          kind: 'MUNICIPAL_COORDINATOR',
          municipalityOktmo: '54618000',
          ...order,
        },
      },
    });
    expect(byCoordinator.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(byCoordinator.errors?.[0]?.message).toContain(
      'назначает муниципального координатора наставнических программ',
    );
    const head = await federation.tokenFor('SCHOOL_HEAD', {
      regionCode: '57',
      municipalityOktmo: '54618000',
      organizationId: organizationIdOf(school.inn),
    });
    const teacherAsCurator = await federation.query(APPOINT, {
      token: head,
      variables: {
        input: {
          personId: personIdOf(teacher.key),
          kind: 'SCHOOL_CURATOR',
          organizationId: organizationIdOf(school.inn),
          ...order,
        },
      },
    });
    expect(teacherAsCurator.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });
    expect(teacherAsCurator.errors?.[0]?.message).toContain('из числа заместителей руководителя (методистов)');
  });

  it('an operator imports a staff file larger than the ordinary body limit', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const school = DEMO_ORGANIZATIONS.find(
      (organization) => organization.municipalityOktmo === '66610000' && organization.kind === 'GENERAL_EDUCATION',
    )!;
    const rows = Array.from({ length: 1_500 }, (_, index) => [
      `Шлюзова${index}`,
      'Мария',
      'Петровна',
      '12.03.1990',
      school.inn,
      'Учитель',
      'да',
      '01.09.2015',
      '01.09.2015',
      `gate${index}@school.example`,
    ]);
    const file = writeCsv([
      [
        'Фамилия',
        'Имя',
        'Отчество',
        'Дата рождения',
        'ИНН организации',
        'Должность',
        'Педагогический работник',
        'Дата приёма',
        'Начало педагогического стажа',
        'Электронная почта',
      ],
      ...rows,
    ]);
    expect(file.length).toBeGreaterThan(100_000);
    const response = await federation.query<{ importStaff: { applied: boolean; created: number } }>(
      'mutation ($file: ImportFile!) { importStaff(file: $file) { applied created } }',
      { token: operator, variables: { file: { format: 'CSV', contentBase64: Buffer.from(file).toString('base64') } } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.importStaff).toEqual({ applied: true, created: 1_500 });
  });

  it('refuses an organization with a bad ИНН through the gateway with the registry’s message', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const valid = innWithCheckDigit('673188001');
    const response = await federation.query(
      'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        token: operator,
        variables: {
          input: {
            inn: `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`,
            name: 'x',
            shortName: 'x',
            kind: 'GENERAL_EDUCATION',
            municipalityOktmo: '66701000',
          },
        },
      },
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'inn' });
    expect(response.errors?.[0]?.message).toMatch(/контрольной цифрой/);
  });
});
