import { documentByTitle } from '@mentoring/sources';
import { federationClient } from '@mentoring/platform/testing';
import {
  CATALOGUE_ENTRY_FIELDS,
  catalogueEntryProblems,
  isQuotedFrom,
  seedTexts,
  sourceProblem,
  type CatalogueEntryObject,
} from '@mentoring/sources/testing';
import { describe, expect, it } from 'vitest';

/**
 * Everything the supergraph says it quotes from the seeds, read as users read it (through the gateway): every
 * catalogue of every domain, every roadmap row, and the records of the people and orders the seeds name.
 * Skipped, and named so, where the seeds (../shared/seeds) are absent.
 */
const federation = federationClient();
const texts = seedTexts();
const SOURCE = '{ document clause quote }';

type Source = { document: string; clause: string; quote: string };
type Item = {
  number: number;
  activity: string;
  schedule: string | null;
  responsible: string | null;
  expectedResult: string | null;
  source: Source | null;
  dataOrigin: string;
};
type Roadmap = { title: string; approvedBy: string | null; dataOrigin: string; source: Source | null; items: Item[] };
type Appointment = {
  kind: string;
  orderNumber: string | null;
  dataOrigin: string;
  source: Source | null;
  person: { fullName: string; dataOrigin: string; source: Source | null } | null;
};

const CATALOGUES = [
  'mentoringForms',
  'mentoringFormats',
  'monitoringMeasures',
  'mentoringProjects',
  'appointmentKinds',
  'youngSpecialistDefinitions',
] as const;
const ROADMAPS = `roadmaps { title approvedBy dataOrigin source ${SOURCE} items { number activity schedule responsible expectedResult dataOrigin source ${SOURCE} } }`;
const APPOINTMENTS = `appointments { kind orderNumber dataOrigin source ${SOURCE} person { fullName dataOrigin source ${SOURCE} } }`;

describe.skipIf(!texts)('provenance through the gateway (skipped where ../shared/seeds is absent)', () => {
  it('finds every catalogue entry of every domain in the seeds: sources, definitions and names', async () => {
    const analyst = await federation.tokenFor('ANALYST', {}, 'e2e-provenance-analyst');
    const response = await federation.query<Record<(typeof CATALOGUES)[number], CatalogueEntryObject[]>>(
      `{ ${CATALOGUES.map((name) => `${name} { ${CATALOGUE_ENTRY_FIELDS} }`).join(' ')} }`,
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    const counts = Object.fromEntries(CATALOGUES.map((name) => [name, response.data![name].length]));
    console.log(`catalogue entries with sources: ${JSON.stringify(counts)}`);
    expect(counts).toEqual({
      mentoringForms: 8,
      mentoringFormats: 7,
      monitoringMeasures: 11,
      mentoringProjects: 1,
      appointmentKinds: 6,
      youngSpecialistDefinitions: 2,
    });
    expect(CATALOGUES.flatMap((name) => catalogueEntryProblems(texts!, name, response.data![name]))).toEqual([]);
  });

  it('finds every roadmap row of the seeds, cell by cell, in the seed its source names: 5 of Smolensk, 5 of Знаменский район, 24 of St Petersburg', async () => {
    const analyst = await federation.tokenFor('ANALYST', {}, 'e2e-provenance-analyst');
    const response = await federation.query<{ [owner: string]: { roadmaps: Roadmap[] } }>(
      `{ smolensk: region(code: "67") { ${ROADMAPS} } spb: region(code: "78") { ${ROADMAPS} } znamensky: municipality(oktmo: "54618000") { ${ROADMAPS} } }`,
      { token: analyst },
    );
    expect(response.errors).toBeUndefined();
    const roadmaps = Object.values(response.data!).flatMap((owner) => owner.roadmaps);
    const problems: string[] = [];
    for (const roadmap of roadmaps) {
      const seed = roadmap.source && documentByTitle(roadmap.source.document)?.seed;
      if (!roadmap.source || !seed) {
        problems.push(`«${roadmap.title}»: a seed roadmap without a seed source`);
        continue;
      }
      const problem = sourceProblem(texts!, roadmap.source);
      if (problem) problems.push(`«${roadmap.title}»: ${problem}`);
      for (const item of roadmap.items) {
        const itemProblem = item.source ? sourceProblem(texts!, item.source) : 'no source';
        if (itemProblem) problems.push(`«${roadmap.title}» №${item.number}: ${itemProblem}`);
        // A cell the extracted table splits across lines (other columns between its parts) is its row's words in order.
        const quoted = (cell: string) =>
          isQuotedFrom(texts!.get(seed)!, cell) ||
          (item.source !== null && isQuotedFrom(item.source.quote, cell.split(/\s+/).join('…')));
        for (const cell of [item.activity, item.schedule, item.responsible, item.expectedResult]) {
          if (cell && !quoted(cell))
            problems.push(`«${roadmap.title}» №${item.number}: not in seed ${seed}: «${cell}»`);
        }
        if (item.dataOrigin !== 'SEED') problems.push(`«${roadmap.title}» №${item.number}: ${item.dataOrigin}`);
      }
    }
    console.log(`roadmap items matched: ${roadmaps.map((roadmap) => `${roadmap.items.length}`).join(' + ')}`);
    expect(problems).toEqual([]);
    expect(roadmaps.map((roadmap) => roadmap.items.length).sort((a, b) => a - b)).toEqual([5, 5, 24]);
  });

  it('shows the officials the seeds name only with a seed source, and their orders only as the seeds print them', async () => {
    const problems: string[] = [];
    const seedAppointments: Appointment[] = [];
    for (const [regionCode, query] of [
      ['67', `{ region(code: "67") { ${APPOINTMENTS} } }`],
      ['78', `{ region(code: "78") { ${APPOINTMENTS} } }`],
      ['57', `{ municipality(oktmo: "54618000") { ${APPOINTMENTS} } }`],
    ] as const) {
      const token = await federation.tokenFor('REGIONAL_OPERATOR', { regionCode }, `e2e-provenance-${regionCode}`);
      const response = await federation.query<{ [owner: string]: { appointments: Appointment[] } }>(query, { token });
      expect(response.errors).toBeUndefined();
      seedAppointments.push(
        ...Object.values(response.data!)
          .flatMap((owner) => owner.appointments)
          .filter((appointment) => appointment.dataOrigin === 'SEED'),
      );
    }
    for (const appointment of seedAppointments) {
      for (const [what, source] of [
        ['appointment', appointment.source],
        ['person', appointment.person?.source ?? null],
      ] as const) {
        const problem = source ? sourceProblem(texts!, source) : 'no source';
        if (problem) problems.push(`${appointment.kind} ${appointment.person?.fullName} ${what}: ${problem}`);
      }
      if (appointment.person?.dataOrigin !== 'SEED')
        problems.push(`${appointment.kind}: a seed appointment of a ${appointment.person?.dataOrigin} person`);
    }
    expect(problems).toEqual([]);
    // Only Пехтерева's: no seed appoints Боброва or Зайцева (their organizations are the operators).
    expect(
      seedAppointments.map((appointment) => [appointment.person?.fullName, appointment.orderNumber]).sort(),
    ).toEqual([['Пехтерева Т. А.', '96-Д']]);
  });
});
