import { defineSubgraph, PersonalDataReadSchema } from '@mentoring/platform/server';
import { createPersonVisibilityLoader } from '@mentoring/subgraph-registry/published';
import { mentoringDemoData } from './demo-data.js';
import { createMentoringLoaders, type MentoringLoaders } from './loaders.js';
import { MentoringFormSchema } from './modules/catalogues/form.entity.js';
import { MentoringFormatSchema } from './modules/catalogues/format.entity.js';
import { MonitoringMeasureSchema } from './modules/catalogues/measure.entity.js';
import { MentoringProjectSchema } from './modules/catalogues/project.entity.js';
import { MentorAgreementSchema } from './modules/mentors/agreement.entity.js';
import { MentorProfileSchema } from './modules/mentors/mentor-profile.entity.js';
import { TrainingRecordSchema } from './modules/mentors/training.entity.js';
import { PairConsentSchema } from './modules/pairs/pair-consent.entity.js';
import { PairMenteeSchema } from './modules/pairs/pair-mentee.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { PracticeSchema } from './modules/practices/practice.entity.js';
import { ProgrammeActivitySchema } from './modules/programmes/activity.entity.js';
import { ProgrammeSchema } from './modules/programmes/programme.entity.js';
import { OrganizationSystemSchema } from './modules/systems/organization-system.entity.js';
import { resolvers } from './__generated__/resolvers.generated.js';

/** Наставничество: forms, mentors, pairs and groups, programmes, in PostgreSQL schema `mentoring`. */
export const mentoringSubgraph = defineSubgraph<MentoringLoaders>(import.meta.url, {
  name: 'mentoring',
  dbSchema: 'mentoring',
  resolvers,
  entities: [
    MentoringFormSchema,
    MentoringFormatSchema,
    MentoringProjectSchema,
    MonitoringMeasureSchema,
    MentorProfileSchema,
    MentorAgreementSchema,
    TrainingRecordSchema,
    MentoringPairSchema,
    PairMenteeSchema,
    PairConsentSchema,
    ProgrammeSchema,
    ProgrammeActivitySchema,
    OrganizationSystemSchema,
    PracticeSchema,
    PersonalDataReadSchema,
  ],
  createLoaders: createMentoringLoaders,
  personVisibility: createPersonVisibilityLoader,
  demoData: mentoringDemoData,
  // Mentoring's published personal fields are a mentor's profile, consented to in the registry.
  publication: async (loaders, _typeName, source, item) =>
    (await loaders.publishedItemsByPerson.load((source as { personId: string }).personId)).has(item),
});
