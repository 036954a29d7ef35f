import { municipalityIdOf } from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
let operator67: string;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
  operator67 = await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '67' });
});
afterAll(() => registry?.close());

const CREATE =
  'mutation ($input: MunicipalityInput!) { createMunicipality(input: $input) { oktmo name kind version region { code } } }';
const UPDATE =
  'mutation ($id: UUID!, $version: Int!, $patch: MunicipalityPatch!) { updateMunicipality(id: $id, version: $version, patch: $patch) { name kind version } }';
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions;

describe('territories', () => {
  it('searches regions by a part of the name', async () => {
    const response = await registry.query<{ regions: { edges: { node: { code: string } }[] } }>(
      '{ regions(filter: { nameContains: "петер" }) { edges { node { code } } } }',
    );
    expect(response.data?.regions.edges).toEqual([{ node: { code: '78' } }]);
  });

  it('lists a municipality’s coordinator in force, from the seed order', async () => {
    const response = await registry.query<{
      municipality: { appointments: { person: { fullName: string }; orderNumber: string }[] };
    }>(
      '{ municipality(oktmo: "54618000") { appointments { orderNumber person { fullName } } } }',
      undefined,
      await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: '57' }),
    );
    expect(response.data?.municipality.appointments).toEqual([
      { orderNumber: '96-Д', person: { fullName: 'Пехтерева Т. А.' } },
    ]);
  });

  it('an operator adds a municipal okrug to the region, checked and unique', async () => {
    const input = { oktmo: '66660000', name: 'Новый муниципальный округ', kind: 'MUNICIPAL_OKRUG', regionCode: '67' };
    const created = await registry.query(CREATE, { input }, operator67);
    expect(created.data?.['createMunicipality']).toEqual({
      oktmo: '66660000',
      name: 'Новый муниципальный округ',
      kind: 'MUNICIPAL_OKRUG',
      version: 1,
      region: { code: '67' },
    });
    expect(codeOf(await registry.query(CREATE, { input }, operator67))).toMatchObject({ code: 'CONFLICT' });
    expect(codeOf(await registry.query(CREATE, { input: { ...input, oktmo: '40399000' } }, operator67))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'oktmo',
    });
    expect(codeOf(await registry.query(CREATE, { input: { ...input, oktmo: '6666' } }, operator67))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'oktmo',
    });
    expect(
      codeOf(await registry.query(CREATE, { input: { ...input, oktmo: '66661000', regionCode: '78' } }, operator67)),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const coordinator = await registry.tokenFor('MUNICIPAL_COORDINATOR', {
      regionCode: '67',
      municipalityOktmo: '66701000',
    });
    expect(codeOf(await registry.query(CREATE, { input: { ...input, oktmo: '66662000' } }, coordinator))).toMatchObject(
      { code: 'FORBIDDEN' },
    );
  });

  it('turns a district into a municipal okrug with optimistic locking', async () => {
    const id = municipalityIdOf('66611000');
    const updated = await registry.query(
      UPDATE,
      { id, version: 1, patch: { kind: 'MUNICIPAL_OKRUG', name: 'Гагаринский муниципальный округ' } },
      operator67,
    );
    expect(updated.data?.['updateMunicipality']).toEqual({
      name: 'Гагаринский муниципальный округ',
      kind: 'MUNICIPAL_OKRUG',
      version: 2,
    });
    expect(codeOf(await registry.query(UPDATE, { id, version: 1, patch: { name: 'x' } }, operator67))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
  });
});
