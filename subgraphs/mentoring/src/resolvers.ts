import { DateScalar, UuidScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { formQueries, MentoringFormatType, MentoringFormType } from './modules/forms/resolvers.js';
import { ImportReportType, mentorBaseMutations, mentorBaseQueries } from './modules/mentor-base/resolvers.js';
import { mentorMutations } from './modules/mentors/mutations.js';
import { PersonType } from './modules/mentors/person.js';
import { mentorQueries, MentorProfileType } from './modules/mentors/resolvers.js';
import { MentoringPairType, OrganizationMentoringType, OrganizationPairs, PairMenteeType, pairQueries, PersonMentoringType } from './modules/pairs/resolvers.js';
import { pairMutations } from './modules/pairs/mutations.js';
import { practiceMutations, practiceQueries, PracticeType } from './modules/practices/resolvers.js';
import { programmeMutations } from './modules/programmes/mutations.js';
import { MonitoringMeasureType, ProgrammeType } from './modules/programmes/resolvers.js';
import { systemMutations } from './modules/systems/mutations.js';
import { MentoringSystemType, OrganizationSystemField } from './modules/systems/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  UUID: UuidScalar,
  Query: { ...formQueries, ...pairQueries, ...mentorQueries, ...practiceQueries, ...mentorBaseQueries },
  Mutation: { ...mentorMutations, ...pairMutations, ...programmeMutations, ...systemMutations, ...practiceMutations, ...mentorBaseMutations },
  ImportReport: ImportReportType,
  Practice: PracticeType,
  MentoringForm: MentoringFormType,
  MentoringFormat: MentoringFormatType,
  MonitoringMeasure: MonitoringMeasureType,
  MentoringPair: MentoringPairType,
  PairMentee: PairMenteeType,
  MentorProfile: MentorProfileType,
  Programme: ProgrammeType,
  MentoringSystem: MentoringSystemType,
  Person: PersonType,
  PersonMentoring: PersonMentoringType,
  Organization: { ...OrganizationPairs, ...OrganizationSystemField },
  OrganizationMentoring: OrganizationMentoringType,
};
