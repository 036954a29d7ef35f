import { countLoader, groupedLoader, once, organizationScope, uniqueLoader, type EntityManager, type Viewer } from '@mentoring/platform';
import DataLoader from 'dataloader';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringFormatSchema } from './modules/forms/format.entity.js';
import { MonitoringMeasureSchema } from './modules/forms/measure.entity.js';
import { MentoringProjectSchema } from './modules/forms/project.entity.js';
import { PairConsentSchema } from './modules/pairs/pair-consent.entity.js';
import { MentorAgreementSchema } from './modules/mentors/agreement.entity.js';
import { MentorProfileSchema } from './modules/mentors/mentor-profile.entity.js';
import { TrainingRecordSchema } from './modules/mentors/training.entity.js';
import { PairMenteeSchema } from './modules/pairs/pair-mentee.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { ProgrammeActivitySchema } from './modules/programmes/activity.entity.js';
import { ProgrammeSchema } from './modules/programmes/programme.entity.js';
import { OrganizationSystemSchema } from './modules/systems/organization-system.entity.js';

/** One set per request, so N pairs, mentors or organizations cost one statement per kind. */
export function createMentoringLoaders(em: EntityManager, viewer: Viewer) {
  return {
    formByCode: uniqueLoader(em, MentoringFormSchema, 'code'),
    formatByCode: uniqueLoader(em, MentoringFormatSchema, 'code'),
    projectByCode: uniqueLoader(em, MentoringProjectSchema, 'code'),
    measureByCode: uniqueLoader(em, MonitoringMeasureSchema, 'code'),
    consentsByPair: groupedLoader(em, PairConsentSchema, 'pair'),
    pairById: uniqueLoader(em, MentoringPairSchema, 'id'),
    activePairCountByOrganization: countLoader(em, MentoringPairSchema, 'organizationId', { status: 'ACTIVE' }),
    menteesByPair: groupedLoader(em, PairMenteeSchema, 'pair'),
    programmeByPair: groupedLoader(em, ProgrammeSchema, 'pair'),
    activitiesByProgramme: groupedLoader(em, ProgrammeActivitySchema, 'programme', { orderBy: { dueDate: 'asc' } }),
    pairsByMentor: groupedLoader(em, MentoringPairSchema, 'mentorPersonId', { orderBy: { startDate: 'desc' } }),
    menteeRowsByPerson: groupedLoader(em, PairMenteeSchema, 'personId'),
    mentorById: uniqueLoader(em, MentorProfileSchema, 'id'),
    mentorByPerson: uniqueLoader(em, MentorProfileSchema, 'personId'),
    /** Дополнительные соглашения per mentor profile, latest first. */
    agreementsByMentor: groupedLoader(em, MentorAgreementSchema, 'mentor', { orderBy: { date: 'desc', recordedAt: 'desc' } }),
    trainingsByMentor: groupedLoader(em, TrainingRecordSchema, 'mentor', { orderBy: { completedOn: 'desc' } }),
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
      const rows = await em.getConnection().execute<{ person_id: string; items: string[] }[]>(
        'select person_id, items from registry_pub.publication where person_id in (?)',
        [[...personIds]],
      );
      const items = new Map(rows.map((row) => [row.person_id, new Set(row.items)]));
      return personIds.map((id) => items.get(id) ?? new Set<string>());
    }),
    /** The organizations whose pairs and mentors this viewer may see, read once per request. */
    organizationScope: once(() => organizationScope(em, viewer)),
  };
}

export type MentoringLoaders = ReturnType<typeof createMentoringLoaders>;
