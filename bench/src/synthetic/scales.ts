/**
 * The named scales of the synthetic data (issue 14). Figures are what the generator adds on top of `npm start`'s demo
 * data (3 regions, 46 municipalities, 345 organizations, 2,963 people, 169 pairs).
 *
 * region — Смоленская область (67) grown to a Smolensk-sized region, its demo records untouched: the demo's 27
 *   municipalities, 302 organizations + 298 synthetic (60 schools, 170 kindergartens, 22 colleges with 22 partner
 *   employers, 24 centres of additional education) ≈ 600; 2,401 demo staff + ≈9,650 synthetic people (staff, pupils of
 *   the synthetic schools and 13 pupils in each demo school, college students) ≈ 12,050; ≈2,650 synthetic pairs beside
 *   the demo's 169 ≈ 2,800 (with mentor profiles, consents, programmes); 24 events with ≈1,900 participations; one
 *   monitoring campaign answered by the synthetic organizations.
 * nation — the region scale plus 86 synthetic regions (every code 01–89 the demo does not hold), so that the totals
 *   reach 89 regions, ≈2,300 municipalities, ≈42,000 organizations, ≈1.1 million people and ≈290,000 pairs, each
 *   synthetic region with its own events, participations and monitoring campaign.
 * tiny — for tests only: a few organizations in region 67 and two small synthetic regions.
 * Region 67's rows come from a random stream of their own, so they are identical at every scale that grows it alike.
 */
export type ScaleName = 'region' | 'nation';
export type InternalScaleName = ScaleName | 'tiny';

export type GrownKind = 'GENERAL_EDUCATION' | 'PRESCHOOL' | 'VOCATIONAL' | 'ADDITIONAL_EDUCATION';

export interface ScalePlan {
  region67: {
    /** Synthetic organizations added to region 67 (each college also gets a partner employer). */
    added: Record<GrownKind, number>;
    /** Pupils enrolled in the first `schools` demo schools of region 67 (the demo gives them staff only). */
    demoSchoolPupils: { schools: number; perSchool: number };
  };
  /** Synthetic regions beside the demo's three, and their municipalities and organizations in total. */
  syntheticRegions: number;
  municipalities: number;
  organizations: number;
  /** Events of each region's own calendar (region 67 included), and participants per event. */
  eventsPerRegion: number;
  participantsPerEvent: number;
}

const REGION_67: ScalePlan['region67'] = {
  added: { GENERAL_EDUCATION: 60, PRESCHOOL: 170, VOCATIONAL: 22, ADDITIONAL_EDUCATION: 24 },
  demoSchoolPupils: { schools: 300, perSchool: 13 },
};

export const SCALES: Record<InternalScaleName, ScalePlan> = {
  region: {
    region67: REGION_67,
    syntheticRegions: 0,
    municipalities: 0,
    organizations: 0,
    eventsPerRegion: 24,
    participantsPerEvent: 80,
  },
  nation: {
    region67: REGION_67,
    // 89 regions in all: the demo's 3 and 86 more; 2,300 and 42,000 less what region 67 and the demo hold.
    syntheticRegions: 86,
    municipalities: 2_254,
    organizations: 41_400,
    eventsPerRegion: 24,
    participantsPerEvent: 80,
  },
  tiny: {
    region67: {
      added: { GENERAL_EDUCATION: 2, PRESCHOOL: 1, VOCATIONAL: 1, ADDITIONAL_EDUCATION: 1 },
      demoSchoolPupils: { schools: 3, perSchool: 13 },
    },
    syntheticRegions: 2,
    municipalities: 4,
    organizations: 40,
    eventsPerRegion: 2,
    participantsPerEvent: 5,
  },
};

/** Who works and studies in a synthetic organization of each kind (heads and deputies included). */
export const ROSTER = {
  school: { teachers: 14, pupils: 30, teacherPairs: 7, pupilPairs: 8 },
  preschool: { educators: 9, pairs: 4 },
  vocational: { teachers: 12, students: 30, teacherPairs: 2, employerPairs: 4 },
  employer: { staff: 6 },
  additional: { teachers: 7, pairs: 1 },
  authority: { staff: 4 },
  methodicalCenter: { staff: 8 },
  /** Pupil pairs in each demo school of region 67 that gets pupils (grades 5–11 there: mentors and mentees). */
  demoSchoolPupilPairs: 4,
};

/**
 * Kinds of the organizations of a synthetic region after its authorities and centre, as a repeating pattern of 19
 * slots and 20 organizations (9 schools, 7 kindergartens, 2 centres of additional education, a college and the partner
 * employer created beside it).
 */
export const KIND_PATTERN: readonly ('school' | 'preschool' | 'vocational' | 'additional')[] = [
  'school',
  'preschool',
  'school',
  'additional',
  'preschool',
  'school',
  'preschool',
  'school',
  'vocational',
  'school',
  'preschool',
  'school',
  'preschool',
  'school',
  'additional',
  'preschool',
  'school',
  'preschool',
  'school',
];
