import {
  CATALOGUE_ENTRY_FIELDS,
  catalogueEntryProblems,
  seedTexts,
  type CatalogueEntryObject,
} from '@mentoring/sources/testing';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENTORING_FORM_CODES } from '../src/modules/catalogues/form.entity.js';
import { MENTORING_FORMAT_CODES } from '../src/modules/catalogues/format.entity.js';
import { MONITORING_MEASURE_CODES } from '../src/modules/catalogues/measure.entity.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { mentoringSubgraph } from '../src/subgraph.js';

const ENTRY = CATALOGUE_ENTRY_FIELDS;
const CATALOGUES = `{
  mentoringForms { ${ENTRY} }
  mentoringFormats { ${ENTRY} }
  monitoringMeasures { ${ENTRY} phase }
  mentoringProjects { ${ENTRY} }
}`;

type Catalogues = Record<
  'mentoringForms' | 'mentoringFormats' | 'monitoringMeasures' | 'mentoringProjects',
  (CatalogueEntryObject & { phase?: string })[]
>;

let mentoring: TestSubgraph;
let catalogues: Catalogues;
beforeAll(async () => {
  mentoring = await startTestSubgraph(mentoringSubgraph, { alongside: [registrySubgraph] });
  const response = await mentoring.query<Catalogues>(CATALOGUES);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  catalogues = response.data!;
});
afterAll(() => mentoring?.close());

const texts = seedTexts();
const entries = () =>
  Object.entries(catalogues).flatMap(([catalogue, rows]) => rows.map((row) => ({ catalogue, ...row })));

/** Every problem of every source of every entry, so a failure lists each bad quote. */
const problems = () =>
  Object.entries(catalogues).flatMap(([catalogue, rows]) => catalogueEntryProblems(texts!, catalogue, rows));

describe('catalogues of the mentoring domain, word for word', () => {
  it('holds exactly the forms of seed 003 §3 and seed 004, the seven formats and the eleven §7 measures', () => {
    expect(catalogues.mentoringForms.map((form) => form.code)).toEqual([...MENTORING_FORM_CODES]);
    expect(catalogues.mentoringForms.map((form) => form.name)).not.toContain('руководитель – руководитель');
    expect(catalogues.mentoringFormats.map((format) => format.code).sort()).toEqual([...MENTORING_FORMAT_CODES].sort());
    expect(catalogues.monitoringMeasures.map((measure) => measure.code)).toEqual([...MONITORING_MEASURE_CODES]);
    expect(catalogues.monitoringMeasures.map((measure) => measure.phase)).toEqual([
      ...Array(6).fill('PROCESS'),
      ...Array(5).fill('INFLUENCE'),
    ]);
    expect(catalogues.mentoringFormats.every((format) => format.definition !== null)).toBe(true);
  });

  it.skipIf(!texts)(
    `finds every source, definition and alsoIn quote in the seed texts (skipped where ../shared/seeds is absent)`,
    () => {
      expect(problems()).toEqual([]);
      const sourced = entries().length;
      expect(sourced).toBe(8 + 7 + 11 + 1);
    },
  );
});
