import { documentByTitle } from '@mentoring/sources';
import {
  DEMO_OFFICIALS,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  personIdOf,
  RMA_CANDIDATE_SHARE,
  demoRegionOf,
} from '../src/demo/index.js';
import { startTestSubgraph, type TestSubgraph } from '@mentoring/platform/testing';
import { isQuotedFrom, seedTexts, sourceProblem } from '@mentoring/sources/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261122221300_scrub_invented_official_data as ScrubMigration } from '../migrations/Migration20261122221300_scrub_invented_official_data.js';
import { Migration20261123091000_unappoint_officials as UnappointMigration } from '../migrations/Migration20261123091000_unappoint_officials.js';
import { registrySubgraph } from '../src/subgraph.js';

let registry: TestSubgraph;
beforeAll(async () => {
  registry = await startTestSubgraph(registrySubgraph);
});
afterAll(() => registry?.close());

const texts = seedTexts();
const sql = <T>(statement: string, params: unknown[] = []) =>
  registry.orm.em.getConnection().execute<T[]>(statement, params);
const SOURCE = '{ document clause quote }';

interface Source {
  document: string;
  clause: string;
  quote: string;
}
interface SeedPerson {
  lastName: string;
  firstName: string | null;
  middleName: string | null;
  initials: string | null;
  fullName: string;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  dataOrigin: string;
  source: Source | null;
  employments: {
    position: string;
    startDate: string | null;
    organization: { dataOrigin: string; source: Source | null };
  }[];
  appointments: {
    kind: string;
    orderNumber: string | null;
    orderDate: string | null;
    startDate: string | null;
    dataOrigin: string;
    source: Source | null;
    issuedBy: { shortName: string } | null;
  }[];
}

/** The officials the seeds name, read through GraphQL by their region's operator. */
async function seedPeople(): Promise<SeedPerson[]> {
  const people: SeedPerson[] = [];
  const regions = await sql<{ id: string; region_code: string }>(
    `select p.id, t.region_code from registry.person p join registry_pub.person_territory t on t.person_id = p.id where p.data_origin = 'SEED' order by p.last_name`,
  );
  for (const { id, region_code } of regions) {
    const response = await registry.query<{ person: SeedPerson }>(
      `{ person(id: "${id}") { lastName firstName middleName initials fullName birthDate email phone dataOrigin source ${SOURCE}
           employments { position startDate organization { dataOrigin source ${SOURCE} } }
           appointments { kind orderNumber orderDate startDate dataOrigin source ${SOURCE} issuedBy { shortName } } } }`,
      undefined,
      await registry.tokenFor('REGIONAL_OPERATOR', { regionCode: region_code }),
    );
    expect(response.errors).toBeUndefined();
    people.push(response.data!.person);
  }
  return people;
}

const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
/** 2022-04-29 → «29 апреля 2022», as orders print their dates. */
const printed = (date: string) =>
  `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
/** «Главный специалист отдела» → «главн…специ…отдел»: the words' stems in order, for a position the seed prints inflected. */
const stems = (position: string) =>
  position
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.slice(0, 5))
    .join('…');
const seedOf = (source: Source) => texts!.get(documentByTitle(source.document)!.seed!)!;

describe('honest demo data: real people with only what the seeds print', () => {
  it('the officials the seeds name are SEED people without birth date, e-mail, phone or start of employment', async () => {
    const people = await seedPeople();
    expect(people.map((person) => person.fullName).sort()).toEqual([
      'Боброва Елена Анатольевна',
      'Зайцева Кристина Сергеевна',
      'Пехтерева Т. А.',
    ]);
    for (const person of people) {
      expect(person, person.fullName).toMatchObject({ birthDate: null, email: null, phone: null, dataOrigin: 'SEED' });
      expect(person.employments.map((employment) => employment.startDate)).toEqual([null]);
      expect(person.employments[0]!.organization.dataOrigin).toBe('SEED');
    }
    expect(people.find((person) => person.lastName === 'Пехтерева')).toMatchObject({
      firstName: null,
      middleName: null,
      initials: 'Т. А.',
    });
  });

  it('only the appointment a seed makes: Пехтерева by 96-Д of 29.04.2022 (no start date: the seed dates the order), issued by the отдел образования; none for Боброва and Зайцева', async () => {
    const appointments = new Map((await seedPeople()).map((person) => [person.lastName, person.appointments]));
    expect(appointments.get('Пехтерева')).toEqual([
      expect.objectContaining({
        kind: 'MUNICIPAL_COORDINATOR',
        orderNumber: '96-Д',
        orderDate: '2022-04-29',
        startDate: null,
        dataOrigin: 'SEED',
        issuedBy: { shortName: 'Отдел образования Знаменского района' },
      }),
    ]);
    // «ЦНППМ – оператор» and «Создание на базе СПб АППО регионального центра…» make the organization the operator, not its head.
    expect(appointments.get('Боброва')).toEqual([]);
    expect(appointments.get('Зайцева')).toEqual([]);
  });

  it('ГАУ ДПО СОИРО has no website: the URL seed 000 prints is its «информационный ресурс», not its site', async () => {
    const [soiro] = await sql<{ website: string | null }>(
      `select website from registry.organization where short_name = 'ГАУ ДПО СОИРО (ЦНППМ)'`,
    );
    expect(soiro).toEqual({ website: null });
  });

  it.skipIf(!texts)(
    'provenance: each SEED person, their organization and appointment quote the seed; names, positions and orders are printed there (skipped where ../shared/seeds is absent)',
    async () => {
      const problems: string[] = [];
      const check = (what: string, ok: boolean) => ok || problems.push(what);
      for (const person of await seedPeople()) {
        const sources = [
          person.source!,
          ...person.employments.map((employment) => employment.organization.source!),
          ...person.appointments.map((appointment) => appointment.source!),
        ];
        for (const source of sources)
          check(
            `${person.fullName}: ${sourceProblem(texts!, source ?? { document: '', clause: '', quote: '' })}`,
            source !== null && sourceProblem(texts!, source) === null,
          );
        const text = seedOf(person.source!);
        // The name as printed: every part the record holds occurs in the seed that names them (Пехтерева: «Т. А. Пехтерева»).
        for (const part of [person.lastName, person.firstName, person.middleName, person.initials].filter(
          (part): part is string => part !== null,
        ))
          check(`${person.fullName}: «${part}» is not printed`, isQuotedFrom(text, part));
        // The position in the seed's words, up to the case ending («главного специалиста» → «Главный специалист»): the stems occur in order.
        for (const employment of person.employments)
          check(
            `${person.fullName}: position «${employment.position}»`,
            isQuotedFrom(text.toLowerCase(), stems(employment.position)),
          );
        for (const appointment of person.appointments.filter((appointment) => appointment.orderNumber)) {
          check(
            `${person.fullName}: order № ${appointment.orderNumber}`,
            isQuotedFrom(seedOf(appointment.source!), `№ ${appointment.orderNumber}`),
          );
          check(
            `${person.fullName}: order date ${appointment.orderDate}`,
            isQuotedFrom(seedOf(appointment.source!), printed(appointment.orderDate!)),
          );
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('the demo officials and the seed organizations are all SEED, every demo school and its staff SYNTHETIC, nothing ENTERED', async () => {
    const origins = await sql<{ table: string; data_origin: string; n: string }>(
      `select 'person' as table, data_origin, count(*) as n from registry.person group by data_origin
       union all select 'organization', data_origin, count(*) from registry.organization group by data_origin
       union all select 'appointment', data_origin, count(*) from registry.appointment group by data_origin`,
    );
    const count = (table: string, origin: string) =>
      Number(origins.find((row) => row.table === table && row.data_origin === origin)?.n ?? 0);
    expect(count('person', 'SEED')).toBe(DEMO_OFFICIALS.length);
    expect(count('organization', 'SEED')).toBe(
      DEMO_ORGANIZATIONS.filter((organization) => organization.dataOrigin === 'SEED').length,
    );
    expect(count('organization', 'SYNTHETIC')).toBe(
      DEMO_ORGANIZATIONS.filter((organization) => organization.kind === 'GENERAL_EDUCATION').length,
    );
    expect(count('appointment', 'SEED')).toBe(
      DEMO_OFFICIALS.filter((official) => official.appointment !== null).length,
    );
    expect(['person', 'organization', 'appointment'].map((table) => count(table, 'ENTERED'))).toEqual([0, 0, 0]);
    const [staff] = await sql<{ origin: string }>('select data_origin as origin from registry.person where id = ?', [
      personIdOf(DEMO_PEOPLE[0]!.key),
    ]);
    expect(staff?.origin).toBe('SYNTHETIC');
  });

  it('every SYNTHETIC appointment has an order of its own: numbers unique per issuer, marked as demo', async () => {
    const duplicates = await sql<{ order_number: string }>(
      `select order_number from registry.appointment where data_origin = 'SYNTHETIC' group by coalesce(issued_by_id::text, ''), order_number having count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const unmarked = await sql<{ order_number: string }>(
      `select order_number from registry.appointment where data_origin = 'SYNTHETIC' and order_number not like 'демо-%'`,
    );
    expect(unmarked).toEqual([]);
  });

  it('РМА candidates: about 1,3 % of Smolensk’s pedagogical workers (seed 000), each with their own order number and date', async () => {
    const [rma] = await sql<{ n: string; numbers: string; dates: string }>(
      `select count(*) as n, count(distinct order_number) as numbers, count(distinct order_date) as dates from registry.appointment where kind = 'RMA_CANDIDATE'`,
    );
    const smolenskTeachers = DEMO_PEOPLE.filter(
      (person) =>
        person.employment.isPedagogical &&
        demoRegionOf(DEMO_ORGANIZATIONS.find((organization) => organization.inn === person.organizationInn)!) === '67',
    );
    expect(Number(rma!.n)).toBe(Math.round(smolenskTeachers.length * RMA_CANDIDATE_SHARE));
    expect(Number(rma!.numbers)).toBe(Number(rma!.n));
    expect(Number(rma!.dates)).toBe(Number(rma!.n));
  });

  it('curators are deputy heads of their school, by an order of that school, appointed after they joined it', async () => {
    const wrong = await sql<{ id: string }>(
      `select a.id from registry.appointment a
       where a.kind = 'SCHOOL_CURATOR' and (a.issued_by_id is distinct from a.organization_id or not exists (
         select 1 from registry.employment e where e.person_id = a.person_id and e.organization_id = a.organization_id and e.end_date is null
           and e.start_date <= a.order_date and (lower(e.position) like '%заместител%' or lower(e.position) like '%методист%')))`,
    );
    expect(wrong).toEqual([]);
  });

  it('an installation holding the earlier demo’s invented facts about the officials loses exactly those (the scrub migrations), and it changes nothing twice', async () => {
    const bobrova = personIdOf('smolensk-cnppm-head');
    const pekhtereva = personIdOf('znamensky-coordinator');
    const soiro = "(select id from registry.organization where short_name = 'ГАУ ДПО СОИРО (ЦНППМ)')";
    // The earlier demo data, as installations that loaded it hold it.
    await sql(
      `update registry.person set birth_date = '1970-03-02', data_origin = 'ENTERED', source = null where id = ?`,
      [bobrova],
    );
    await sql(
      `update registry.employment set start_date = '2015-09-01', position = 'Начальник ЦНППМ' where person_id = ?`,
      [bobrova],
    );
    await sql(
      `insert into registry.appointment (id, person_id, kind, region_id, order_number, order_date, start_date, data_origin)
       select gen_random_uuid(), ?, 'REGIONAL_OPERATOR', id, '235-Од', '2022-03-15', '2022-03-15', 'ENTERED' from registry.region where code = '67'`,
      [bobrova],
    );
    await sql(
      `update registry.person set first_name = 'Татьяна', middle_name = 'Анатольевна', initials = null, birth_date = '1975-06-12', data_origin = 'ENTERED', source = null where id = ?`,
      [pekhtereva],
    );
    await sql(
      `update registry.appointment set issued_by_id = null, start_date = order_date, data_origin = 'ENTERED', source = null where person_id = ?`,
      [pekhtereva],
    );
    await sql(
      `update registry.organization set website = 'http://dpo-smolensk.ru/cnppmpr/l-ped-nastavnik/' where id = ${soiro}`,
    );
    // An operator a user entered (not by the seed's passage) is not touched.
    const [entered] = await sql<{ id: string }>(
      `insert into registry.appointment (id, person_id, kind, region_id, order_number, order_date, start_date, data_origin)
       select gen_random_uuid(), ?, 'REGIONAL_OPERATOR', id, 'демо-оператор', '2023-01-10', '2023-01-10', 'ENTERED' from registry.region where code = '67' returning id`,
      [personIdOf(DEMO_PEOPLE[0]!.key)],
    );
    const scrub = async () => {
      for (const Scrub of [ScrubMigration, UnappointMigration]) {
        const migration = new Scrub(undefined as never, undefined as never);
        migration.up();
        for (const statement of migration.getQueries()) await sql(statement as string);
      }
    };
    await scrub();
    const people = new Map((await seedPeople()).map((person) => [person.lastName, person]));
    expect(people.get('Боброва')).toMatchObject({
      birthDate: null,
      dataOrigin: 'SEED',
      employments: [{ position: 'начальник ЦНППМ', startDate: null }],
      appointments: [],
    });
    expect(people.get('Пехтерева')).toMatchObject({
      fullName: 'Пехтерева Т. А.',
      birthDate: null,
      dataOrigin: 'SEED',
      appointments: [
        {
          orderNumber: '96-Д',
          orderDate: '2022-04-29',
          startDate: null,
          issuedBy: { shortName: 'Отдел образования Знаменского района' },
          dataOrigin: 'SEED',
        },
      ],
    });
    expect(await sql(`select website from registry.organization where id = ${soiro}`)).toEqual([{ website: null }]);
    expect(await sql('select order_number from registry.appointment where id = ?', [entered!.id])).toEqual([
      { order_number: 'демо-оператор' },
    ]);
    const snapshot = () =>
      sql<{ row: string }>('select row_to_json(p)::text as row from registry.person p order by id');
    const appointments = () =>
      sql<{ row: string }>('select row_to_json(a)::text as row from registry.appointment a order by id');
    const [people1, appointments1] = [await snapshot(), await appointments()];
    await scrub();
    expect([await snapshot(), await appointments()]).toEqual([people1, appointments1]);
    await sql('delete from registry.appointment where id = ?', [entered!.id]);
  });
});
