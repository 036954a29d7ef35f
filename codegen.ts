import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types for every subgraph, generated from its schema.graphql.
 * Mappers bind each GraphQL type to the MikroORM entity its resolvers
 * receive, so the compiler checks what the resolvers return.
 */
type Mappers = Record<string, string>;

const subgraphs: Record<string, Mappers> = {
  registry: {
    Region: '../modules/territories/region.entity.js#Region',
    Municipality: '../modules/territories/municipality.entity.js#Municipality',
    Organization: '../modules/organizations/organization.entity.js#Organization',
    Person: '../modules/people/person.entity.js#Person',
    Employment: '../modules/people/employment.entity.js#Employment',
    Consent: '../modules/people/consent.entity.js#Consent',
    Enrollment: '../modules/people/enrollment.entity.js#Enrollment',
    Appointment: '../modules/people/appointment.entity.js#Appointment',
    PersonalDataRead: '../modules/people/access-log.js#AccessLogEntry',
    ImportReport: '@mentoring/platform#ImportReport',
  },
  mentoring: {
    MentoringPair: '../modules/pairs/pair.entity.js#MentoringPair',
    PairMentee: '../modules/pairs/pair-mentee.entity.js#PairMentee',
    MentoringForm: '../modules/forms/form.entity.js#MentoringForm',
    MentoringFormat: '../modules/forms/format.entity.js#MentoringFormat',
    MentorProfile: '../modules/mentors/mentor-profile.entity.js#MentorProfile',
    TrainingRecord: '../modules/mentors/training.entity.js#TrainingRecord',
    Programme: '../modules/programmes/programme.entity.js#Programme',
    ProgrammeActivity: '../modules/programmes/activity.entity.js#ProgrammeActivity',
    MentoringSystem: '../modules/systems/organization-system.entity.js#OrganizationSystem',
    Practice: '../modules/practices/practice.entity.js#Practice',
    ImportReport: '@mentoring/platform#ImportReport',
    Organization: '@mentoring/platform#EntityReference',
    Person: '@mentoring/platform#EntityReference',
    PersonMentoring: '@mentoring/platform#EntityReference',
    OrganizationMentoring: '@mentoring/platform#EntityReference',
  },
  planning: {
    Roadmap: '../modules/roadmaps/roadmap.entity.js#Roadmap',
    RoadmapItem: '../modules/roadmaps/roadmap-item.entity.js#RoadmapItem',
    Region: '@mentoring/platform#EntityReference',
    Municipality: '@mentoring/platform#EntityReference',
    Organization: '@mentoring/platform#EntityReference',
  },
  analytics: {
    Indicator: '../modules/indicators/indicator.entity.js#Indicator',
    IndicatorTarget: '../modules/indicators/indicator-target.entity.js#IndicatorTarget',
    Region: '@mentoring/platform#EntityReference',
    Municipality: '@mentoring/platform#EntityReference',
  },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: Object.fromEntries(
    Object.entries(subgraphs).map(([name, mappers]) => [
      `subgraphs/${name}/src/__generated__/resolvers-types.ts`,
      {
        schema: `subgraphs/${name}/schema.graphql`,
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useIndexSignature: true,
          enumsAsTypes: true,
          useTypeImports: true,
          emitLegacyCommonJSImports: false,
          contextType: '../context.js#Context',
          mapperTypeSuffix: 'Entity',
          mappers,
          scalars: { ID: 'string', Date: 'string', UUID: 'string' },
        },
      },
    ]),
  ),
};

export default config;
