import { stableId, type EntityManager } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import {
  DEMO_PEOPLE,
  demoOrganizationsIn,
  organizationIdOf,
  personIdOf,
  SMOLENSK_CITY_OKTMO,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { RoadmapItemSchema } from './modules/roadmaps/roadmap-item.entity.js';
import { RoadmapSchema } from './modules/roadmaps/roadmap.entity.js';

/** The demo school whose roadmap this is: the first fictional school of город Смоленск (SYNTHETIC in the registry). */
const SCHOOL = present(
  demoOrganizationsIn(SMOLENSK_CITY_OKTMO).find((organization) => organization.kind === 'GENERAL_EDUCATION'),
  'a demo school of город Смоленск',
);
export const DEMO_SCHOOL_ROADMAP_ID = stableId('roadmap', 'synthetic-school-smolensk-2023');
export const DEMO_SCHOOL_ID = organizationIdOf(SCHOOL.inn);
/** A fictional teacher of that school (SYNTHETIC in the registry), named responsible beside the words. */
const TEACHER = present(
  DEMO_PEOPLE.find((person) => person.organizationInn === SCHOOL.inn),
  'a demo person of the demo school',
);

/**
 * One SYNTHETIC school roadmap, to show the organization level: no seed prints a school's roadmap, so every word here
 * is invented and says so. Its items implement rows of the Smolensk regional roadmap (seed 000): the school lies in
 * город Смоленск, not in Знаменский район (Орловская область), so the municipal roadmap of seed 003 is not its own.
 */
export async function loadDemoSchoolRoadmap(em: EntityManager): Promise<void> {
  if (SCHOOL.municipalityOktmo === ZNAMENSKY_OKTMO)
    throw new Error('the demo school roadmap expects a Smolensk school');
  const roadmap = em.create(RoadmapSchema, {
    id: DEMO_SCHOOL_ROADMAP_ID,
    title: `Дорожная карта внедрения системы наставничества (синтетическая, демонстрационная): ${SCHOOL.shortName}`,
    level: 'ORGANIZATION',
    startYear: 2023,
    endYear: 2024,
    approvedBy: null,
    note: 'SYNTHETIC: демонстрационная дорожная карта вымышленной школы; её нет ни в одном источнике, приказ об утверждении не указан.',
    regionId: null,
    municipalityId: null,
    organizationId: DEMO_SCHOOL_ID,
    source: null,
    dataOrigin: 'SYNTHETIC',
    createdBy: null,
  });
  const smolenskItem = (number: number) =>
    em.getReference(RoadmapItemSchema, stableId('roadmap-item', `smolensk-2022-2024-${number}`));
  const items = [
    {
      activity: 'Участие руководителя в старт-сессии для руководителей ОО (синтетический пункт)',
      schedule: 'январь 2023',
      dueDate: '2023-01-31',
      periodStart: '2023-01-01',
      periodEnd: '2023-01-31',
      recurrence: null,
      section: 'COORDINATION' as const,
      implementsItem: smolenskItem(3),
      responsiblePersonIds: [],
    },
    {
      activity: 'Участие педагогов в вебинарах и конкурсе «Педагогический дуэт» (синтетический пункт)',
      schedule: 'ежегодно (май, ноябрь)',
      dueDate: null,
      periodStart: null,
      periodEnd: null,
      recurrence: 'FREQ=YEARLY;BYMONTH=5,11;BYMONTHDAY=-1',
      section: 'ORGANIZATIONAL_METHODICAL' as const,
      implementsItem: smolenskItem(4),
      responsiblePersonIds: [personIdOf(TEACHER.key)],
    },
  ];
  items.forEach((item, index) =>
    em.create(RoadmapItemSchema, {
      id: stableId('roadmap-item', `synthetic-school-smolensk-2023-${index + 1}`),
      roadmap,
      number: index + 1,
      ...item,
      responsible: 'Куратор наставничества ОО (синтетически)',
      responsibleOrganizationIds: [DEMO_SCHOOL_ID],
      expectedResult: null,
      source: null,
      dataOrigin: 'SYNTHETIC',
    }),
  );
  await em.flush();
}
