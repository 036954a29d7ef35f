import { isQuotedFrom, seedTexts, sourceProblem } from '@mentoring/platform/testing';
import { documentByTitle } from '@mentoring/platform';
import { registrySubgraph } from '@mentoring/subgraph-registry/subgraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENTORING_FORM_CODES } from '../src/modules/forms/form.entity.js';
import { MENTORING_FORMAT_CODES } from '../src/modules/forms/format.entity.js';
import { MONITORING_MEASURE_CODES } from '../src/modules/forms/measure.entity.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { mentoringSubgraph } from '../src/subgraph.js';

interface Source {
  document: string;
  clause: string;
  quote: string;
}
interface Entry {
  code: string;
  name: string;
  source: Source;
  definition: string | null;
  definitionSource: Source | null;
  alsoIn: Source[];
}

const SOURCE = '{ document clause quote }';
const ENTRY = `code name source ${SOURCE} definition definitionSource ${SOURCE} alsoIn ${SOURCE}`;
const CATALOGUES = `{
  mentoringForms { ${ENTRY} }
  mentoringFormats { ${ENTRY} }
  monitoringMeasures { ${ENTRY} phase }
  mentoringProjects { ${ENTRY} }
}`;

type Catalogues = Record<'mentoringForms' | 'mentoringFormats' | 'monitoringMeasures' | 'mentoringProjects', (Entry & { phase?: string })[]>;

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
const entries = () => Object.entries(catalogues).flatMap(([catalogue, rows]) => rows.map((row) => ({ catalogue, ...row })));

/** Every problem of every source of every entry, so a failure lists each bad quote. */
function problems(): string[] {
  const found: string[] = [];
  for (const entry of entries()) {
    const sources = [['source', entry.source], ['definitionSource', entry.definitionSource], ...entry.alsoIn.map((source, index) => [`alsoIn[${index}]`, source])] as [string, Source | null][];
    for (const [field, source] of sources) {
      if (!source) continue;
      const problem = sourceProblem(texts!, source);
      if (problem) found.push(`${entry.catalogue} ${entry.code} ${field}: ${problem}`);
    }
    if ((entry.definition === null) !== (entry.definitionSource === null)) found.push(`${entry.catalogue} ${entry.code}: a definition needs its source and a source its definition`);
    if (entry.definition && entry.definitionSource) {
      const seed = documentByTitle(entry.definitionSource.document)?.seed;
      if (!seed || !isQuotedFrom(texts!.get(seed) ?? '', entry.definition)) found.push(`${entry.catalogue} ${entry.code}: definition not in its seed: «${entry.definition}»`);
      if (!isQuotedFrom(entry.definitionSource.quote, entry.definition)) found.push(`${entry.catalogue} ${entry.code}: definition not within its source passage`);
    }
    if (!isQuotedFrom(entry.source.quote, entry.name) && !isQuotedFrom(entry.source.quote.toLowerCase(), entry.name.toLowerCase())) found.push(`${entry.catalogue} ${entry.code}: name «${entry.name}» not in its source passage`);
  }
  return found;
}

describe('catalogues of the mentoring domain, word for word', () => {
  it('holds exactly the forms of seed 003 §3 and seed 004, the seven formats and the eleven §7 measures', () => {
    expect(catalogues.mentoringForms.map((form) => form.code)).toEqual([...MENTORING_FORM_CODES]);
    expect(catalogues.mentoringForms.map((form) => form.name)).not.toContain('руководитель – руководитель');
    expect(catalogues.mentoringFormats.map((format) => format.code).sort()).toEqual([...MENTORING_FORMAT_CODES].sort());
    expect(catalogues.monitoringMeasures.map((measure) => measure.code)).toEqual([...MONITORING_MEASURE_CODES]);
    expect(catalogues.monitoringMeasures.map((measure) => measure.phase)).toEqual([...Array(6).fill('PROCESS'), ...Array(5).fill('INFLUENCE')]);
    expect(catalogues.mentoringFormats.every((format) => format.definition !== null)).toBe(true);
  });

  it.skipIf(!texts)(`finds every source, definition and alsoIn quote in the seed texts (skipped where ../shared/seeds is absent)`, () => {
    expect(problems()).toEqual([]);
    const sourced = entries().length;
    expect(sourced).toBe(8 + 7 + 11 + 1);
  });
});
