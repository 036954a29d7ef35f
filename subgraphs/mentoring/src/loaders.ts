import { createOrganizationInScopeLoader, organizationScope } from '@mentoring/subgraph-registry/published';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { groupedLoader, uniqueLoader } from '@mentoring/platform/loaders';
import DataLoader from 'dataloader';
import { MentoringFormSchema } from './modules/catalogues/form.entity.js';
import { MentoringFormatSchema } from './modules/catalogues/format.entity.js';
import { MonitoringMeasureSchema } from './modules/catalogues/measure.entity.js';
import { MentoringProjectSchema } from './modules/catalogues/project.entity.js';
import { PairConsentSchema } from './modules/pairs/pair-consent.entity.js';
import { MentorAgreementSchema } from './modules/mentors/agreement.entity.js';
import { MentorProfileSchema } from './modules/mentors/mentor-profile.entity.js';
import { trainingsLoader } from './modules/mentors/trainings.js';
import { PairMenteeSchema } from './modules/pairs/pair-mentee.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { practicesByIds, type PracticeRecord } from './modules/practices/practice-bank.js';
import { ProgrammeActivitySchema } from './modules/programmes/activity.entity.js';
import { ProgrammeSchema } from './modules/programmes/programme.entity.js';
import { OrganizationSystemSchema } from './modules/systems/organization-system.entity.js';
import { activePairCountByTerritory } from './modules/territories/pair-counts.js';

/** One set per request, so N pairs, mentors or organizations cost one statement per kind. */
export function createMentoringLoaders(em: EntityManager, viewer: Viewer) {
  const scope = organizationScope(viewer);
  return {
    formByCode: uniqueLoader(em, MentoringFormSchema, 'code'),
    formatByCode: uniqueLoader(em, MentoringFormatSchema, 'code'),
    projectByCode: uniqueLoader(em, MentoringProjectSchema, 'code'),
    measureByCode: uniqueLoader(em, MonitoringMeasureSchema, 'code'),
    consentsByPair: groupedLoader(em, PairConsentSchema, 'pair'),
    pairById: uniqueLoader(em, MentoringPairSchema, 'id'),
    /** Practices of the bank by id (its own and the contests' winners): the references planning's contest results hand out. */
    practiceById: new DataLoader<string, PracticeRecord | null>((ids) => practicesByIds(em, ids)),
    activePairCountByOrganization: activePairCountByTerritory(em, 'organization'),
    activePairCountByMunicipality: activePairCountByTerritory(em, 'municipality'),
    activePairCountByRegion: activePairCountByTerritory(em, 'region'),
    menteesByPair: groupedLoader(em, PairMenteeSchema, 'pair'),
    programmeByPair: groupedLoader(em, ProgrammeSchema, 'pair'),
    activitiesByProgramme: groupedLoader(em, ProgrammeActivitySchema, 'programme', { orderBy: { dueDate: 'asc' } }),
    pairsByMentor: groupedLoader(em, MentoringPairSchema, 'mentorPersonId', { orderBy: { startDate: 'desc' } }),
    menteeRowsByPerson: groupedLoader(em, PairMenteeSchema, 'personId'),
    mentorById: uniqueLoader(em, MentorProfileSchema, 'id'),
    mentorByPerson: uniqueLoader(em, MentorProfileSchema, 'personId'),
    /** Дополнительные соглашения per mentor profile, latest first. */
    agreementsByMentor: groupedLoader(em, MentorAgreementSchema, 'mentor', {
      orderBy: { date: 'desc', recordedAt: 'desc' },
    }),
    /** Entered records and courses completed in planning (planning_pub.course_completion), one statement for N mentors. */
    trainingsByMentor: trainingsLoader(em),
    systemByOrganization: uniqueLoader(em, OrganizationSystemSchema, 'organizationId'),
    /** Mentees in active pairs and groups per mentor (registry person id). */
    activeMenteesByMentor: new DataLoader<string, number>(async (personIds) => {
      const rows = await em.getConnection().execute<{ mentor_person_id: string; mentees: string }[]>(
        `select p.mentor_person_id, count(m.id) as mentees from mentoring.mentoring_pair p join mentoring.pair_mentee m on m.pair_id = p.id
         where p.status = 'ACTIVE' and p.mentor_person_id in (?) group by p.mentor_person_id`,
        [[...personIds]],
      );
      const counts = new Map(rows.map((row) => [row.mentor_person_id, Number(row.mentees)]));
      return personIds.map((id) => counts.get(id) ?? 0);
    }),
    /** What each person's valid publication consent allows, from the registry's published view. */
    publishedItemsByPerson: new DataLoader<string, Set<string>>(async (personIds) => {
      const rows = await em
        .getConnection()
        .execute<{ person_id: string; items: string[] }[]>(
          'select person_id, items from registry_pub.publication where person_id in (?)',
          [[...personIds]],
        );
      const items = new Map(rows.map((row) => [row.person_id, new Set(row.items)]));
      return personIds.map((id) => items.get(id) ?? new Set<string>());
    }),
    /**
     * Whether the person holds a SCHOOL_CURATOR appointment in force at the organization (registry_pub.appointment),
     * keyed `organizationId:personId`: a mentoring system names its curator only while the head's appointment stands.
     */
    curatorInForce: new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await em.getConnection().execute<{ organization_id: string; person_id: string }[]>(
        `select distinct organization_id, person_id from registry_pub.appointment
         where kind = 'SCHOOL_CURATOR' and in_force and organization_id in (?) and person_id in (?)`,
        [
          [...new Set(pairs.map(([organizationId]) => organizationId))],
          [...new Set(pairs.map(([, personId]) => personId))],
        ],
      );
      const found = new Set(rows.map((row) => `${row.organization_id}:${row.person_id}`));
      return keys.map((key) => found.has(key));
    }),
    /** The territory whose pairs and mentors this viewer may see; a condition in SQL (organizationScopeSql). */
    organizationScope: scope,
    /** Whether an organization lies in the viewer's territory, batched per request. */
    organizationInScope: createOrganizationInScopeLoader(em, scope),
  };
}

export type MentoringLoaders = ReturnType<typeof createMentoringLoaders>;
