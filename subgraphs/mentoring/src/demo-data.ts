import { stableId, type DemoData } from '@mentoring/platform';
import { DEMO_MUNICIPALITIES, DEMO_ORGANIZATIONS, organizationIdOf } from '@mentoring/platform/demo';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';

const regionOf = new Map(DEMO_MUNICIPALITIES.map((municipality) => [municipality.oktmo, municipality.regionCode]));
const schools = DEMO_ORGANIZATIONS.filter((organization) => organization.kind === 'GENERAL_EDUCATION');
const smolenskSchools = schools.filter((school) => regionOf.get(school.municipalityOktmo) === '67');

interface PairSeed {
  key: string;
  form: 'TEACHER_TEACHER' | 'HEAD_HEAD' | 'TEACHER_YOUNG_TEACHER' | 'PUPIL_PUPIL';
  status: 'ACTIVE' | 'COMPLETED';
  inn: string;
  startDate: string;
  plannedEndDate: string;
}

/** Smolensk schools where mentoring programmes run (seed 002: 112 of the 300 monitored). */
const SMOLENSK_SCHOOLS_WITH_PROGRAMMES = 112;

/**
 * Seed 002: 36 teachers trained as mentors in September 2021 from 18 schools
 * (учитель–учитель, completed), the 9 «500+» manager pairs (руководитель–руководитель,
 * active); a current cohort in 112 Smolensk schools and in every other demo school.
 */
export function pairSeeds(): PairSeed[] {
  const trainedCohort = smolenskSchools.slice(0, 18).flatMap((school) =>
    [1, 2].map((number) => ({
      key: `2021-teacher-${school.inn}-${number}`,
      form: 'TEACHER_TEACHER' as const,
      status: 'COMPLETED' as const,
      inn: school.inn,
      startDate: '2021-11-01',
      plannedEndDate: '2022-05-31',
    })),
  );
  const managerPairs = smolenskSchools
    .filter((school) => school.tags.includes('500+'))
    .map((school) => ({
      key: `500plus-${school.inn}`,
      form: 'HEAD_HEAD' as const,
      status: 'ACTIVE' as const,
      inn: school.inn,
      startDate: '2026-09-01',
      plannedEndDate: '2027-06-30',
    }));
  const withProgrammes = [
    ...smolenskSchools.filter((_, index) => index % 8 < 3).slice(0, SMOLENSK_SCHOOLS_WITH_PROGRAMMES),
    ...schools.filter((school) => regionOf.get(school.municipalityOktmo) !== '67'),
  ];
  const currentCohort = withProgrammes.map((school, index) => ({
    key: `2026-young-${school.inn}`,
    form: index % 4 === 3 ? ('PUPIL_PUPIL' as const) : ('TEACHER_YOUNG_TEACHER' as const),
    status: 'ACTIVE' as const,
    inn: school.inn,
    startDate: '2026-10-01',
    plannedEndDate: '2027-05-31',
  }));
  return [...trainedCohort, ...managerPairs, ...currentCohort];
}

export const mentoringDemoData: DemoData = {
  isLoaded: async (em) => (await em.count(MentoringPairSchema, {})) > 0,
  load: async (em) => {
    for (const seed of pairSeeds()) {
      em.create(MentoringPairSchema, {
        id: stableId('mentoring-pair', seed.key),
        form: em.getReference(MentoringFormSchema, seed.form),
        status: seed.status,
        organizationId: organizationIdOf(seed.inn),
        startDate: seed.startDate,
        plannedEndDate: seed.plannedEndDate,
      });
    }
    await em.flush();
  },
};
