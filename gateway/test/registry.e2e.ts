import { writeCsv } from '@mentoring/platform';
import { DEMO_ORGANIZATIONS, innWithCheckDigit } from '@mentoring/platform/demo';
import { federationClient } from '@mentoring/platform/testing';
import { describe, expect, it } from 'vitest';

const federation = federationClient();

describe('the registry through the gateway', () => {
  it('an analyst counts young specialists of a Smolensk school by both definitions, without names', async () => {
    const school = DEMO_ORGANIZATIONS.find((organization) => organization.municipalityOktmo === '66701000' && organization.kind === 'GENERAL_EDUCATION')!;
    const analyst = await federation.tokenFor('ANALYST', { regionCode: '67' });
    const response = await federation.query<{ organization: { staff: { totalCount: number; edges: { node: { id: string; under35: boolean; zeroToThree: boolean; age: number } }[] } } }>(
      `{ organization(inn: "${school.inn}") { staff(first: 20) { totalCount edges { node { id age under35: isYoungSpecialist(asOf: "2026-11-01") zeroToThree: isYoungSpecialist(asOf: "2026-11-01", definition: EXPERIENCE_0_3_YEARS) } } } } }`,
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.organization.staff.totalCount).toBe(8);
    for (const { node } of response.data!.organization.staff.edges) if (node.under35) expect(node.zeroToThree).toBe(true);
  });

  it('an operator imports a staff file larger than the ordinary body limit', async () => {
    const operator = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
    const school = DEMO_ORGANIZATIONS.find((organization) => organization.municipalityOktmo === '66610000' && organization.kind === 'GENERAL_EDUCATION')!;
    const rows = Array.from({ length: 1_500 }, (_, index) => [`Шлюзова${index}`, 'Мария', 'Петровна', '12.03.1990', school.inn, 'Учитель', 'да', '01.09.2015', '01.09.2015', `gate${index}@school.example`]);
    const file = writeCsv([['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'ИНН организации', 'Должность', 'Педагогический работник', 'Дата приёма', 'Начало педагогического стажа', 'Электронная почта'], ...rows]);
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
      { token: operator, variables: { input: { inn: `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`, name: 'x', shortName: 'x', kind: 'GENERAL_EDUCATION', municipalityOktmo: '66701000' } } },
    );
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'inn' });
    expect(response.errors?.[0]?.message).toMatch(/контрольной цифрой/);
  });
});
