import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import {
  CATALOGUE_ENTRY_FIELDS,
  catalogueEntryProblems,
  seedTexts,
  type CatalogueEntryObject,
} from '@mentoring/sources/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPOINTMENT_KINDS } from '../src/modules/appointments/appointment.entity.js';
import { YOUNG_SPECIALIST_DEFINITIONS } from '../src/modules/people/derived.js';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const texts = seedTexts();
async function catalogues() {
  const response = await registry.query<{
    appointmentKinds: CatalogueEntryObject[];
    youngSpecialistDefinitions: (CatalogueEntryObject & { rule: string })[];
  }>(
    `{ appointmentKinds { ${CATALOGUE_ENTRY_FIELDS} } youngSpecialistDefinitions { ${CATALOGUE_ENTRY_FIELDS} rule } }`,
  );
  expect(response.errors).toBeUndefined();
  return response.data!;
}

describe('the registry catalogues, in the seeds’ words', () => {
  it('lists every appointment kind the schema has and both young-specialist definitions, readable without a token', async () => {
    const { appointmentKinds, youngSpecialistDefinitions } = await catalogues();
    expect(appointmentKinds.map((entry) => entry.code).sort()).toEqual([...APPOINTMENT_KINDS].sort());
    expect(youngSpecialistDefinitions.map((entry) => entry.code).sort()).toEqual(
      [...YOUNG_SPECIALIST_DEFINITIONS].sort(),
    );
  });

  it('gives a definition with its source wherever it gives one, and the seed’s words for the rules the mutations enforce', async () => {
    const { appointmentKinds, youngSpecialistDefinitions } = await catalogues();
    for (const entry of [...appointmentKinds, ...youngSpecialistDefinitions])
      expect(entry.definition === null, entry.code).toBe(entry.definitionSource === null);
    const byCode = new Map(appointmentKinds.map((entry) => [entry.code, entry]));
    expect(byCode.get('SCHOOL_CURATOR')!.source.quote).toContain(
      'назначается руководителем образовательной организации из числа заместителей руководителя (методистов)',
    );
    expect(byCode.get('MUNICIPAL_COORDINATOR')!.definition).toContain(
      'назначает муниципального координатора наставнических программ',
    );
    const definitions = new Map(youngSpecialistDefinitions.map((entry) => [entry.code, entry]));
    expect(definitions.get('UNDER_35_UNDER_3_YEARS')!.definition).toBe(
      'педагогических работников в возрасте до 35 лет со стажем работы менее 3 лет',
    );
    expect(definitions.get('EXPERIENCE_0_3_YEARS')!.definition).toBe(
      'учителей - молодых специалистов (с опытом работы от 0 до 3 лет)',
    );
  });

  it.skipIf(!texts)(
    'provenance: every source and definition of both catalogues, read through GraphQL, is the seed’s own words (skipped where ../shared/seeds is absent)',
    async () => {
      const { appointmentKinds, youngSpecialistDefinitions } = await catalogues();
      expect(
        appointmentKinds.filter((entry) => entry.definition).length + youngSpecialistDefinitions.length,
      ).toBeGreaterThan(2);
      expect([
        ...catalogueEntryProblems(texts!, 'appointmentKinds', appointmentKinds),
        ...catalogueEntryProblems(texts!, 'youngSpecialistDefinitions', youngSpecialistDefinitions),
      ]).toEqual([]);
    },
  );
});
