import { assertDatesInOrder, assertVersion, badUserInput, conflict, notFound, runMutation, todayIso, type EntityManager } from '@mentoring/platform';
import type { MentorProfilePatch, MutationResolvers } from '../../__generated__/resolvers-types.js';
import { MentoringFormSchema } from '../forms/form.entity.js';
import { assertKindForForm } from '../participant-kinds.js';
import { assertOrganizationWritable, personBelongsTo } from '../write-scope.js';
import { MentorAgreementSchema } from './agreement.entity.js';
import { MentorProfileSchema } from './mentor-profile.entity.js';
import { TrainingRecordSchema } from './training.entity.js';

/** Each form's name says who mentors: the person must be that kind in their organization («Ученик-ученик»: a pupil). */
async function assertMentorOfForms(em: EntityManager, forms: string[], personId: string, organizationId: string): Promise<void> {
  const catalogue = await em.find(MentoringFormSchema, { code: { $in: forms as never[] } });
  for (const form of catalogue) await assertKindForForm(em, form, 'mentor', personId, organizationId, 'forms');
}

/** The mentor's employment at the organization (registry_pub.staff), current today: its start date, or null. */
async function employmentStart(em: EntityManager, personId: string, organizationId: string): Promise<string | null> {
  const rows = await em.execute<{ start_date: string }[]>(
    `select to_char(min(start_date), 'YYYY-MM-DD') as start_date from registry_pub.staff
     where person_id = ? and organization_id = ? and start_date <= current_date and (end_date is null or end_date >= current_date)`,
    [personId, organizationId],
  );
  return rows[0]?.start_date ?? null;
}

const texts = (values: string[], field: string, required: boolean) => {
  const cleaned = [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  if (required && cleaned.length === 0) throw badUserInput(`Укажите хотя бы одно значение ${field}; ${field} must not be empty.`, { field });
  return cleaned;
};

function assertCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 20) throw badUserInput('Число наставляемых — от 1 до 20; capacity must be between 1 and 20.', { field: 'capacity' });
}

function profileFields(patch: MentorProfilePatch) {
  if (patch.capacity !== undefined && patch.capacity !== null) assertCapacity(patch.capacity);
  return {
    ...(patch.competencies ? { competencies: texts(patch.competencies, 'competencies', true) } : {}),
    ...(patch.achievements !== undefined ? { achievements: patch.achievements?.trim() || null } : {}),
    ...(patch.forms ? { forms: texts(patch.forms, 'forms', true) } : {}),
    ...(patch.capacity ? { capacity: patch.capacity } : {}),
    ...(patch.status ? { status: patch.status } : {}),
  };
}

export const mentorMutations: Pick<MutationResolvers, 'createMentorProfile' | 'updateMentorProfile' | 'addTraining' | 'recordMentorAgreement'> = {
  createMentorProfile: (_, { input }, context) =>
    runMutation(context.em, async (tx) => {
      await assertOrganizationWritable(context, input.organizationId);
      if (!(await personBelongsTo(tx, input.personId, input.organizationId))) {
        throw notFound('Это лицо не работает в указанной организации; the person does not work in this organization.', { field: 'personId' });
      }
      if (await tx.count(MentorProfileSchema, { personId: input.personId })) throw conflict('У этого лица уже есть профиль наставника; the person already has a mentor profile.');
      assertCapacity(input.capacity);
      await assertMentorOfForms(tx, texts(input.forms, 'forms', true), input.personId, input.organizationId);
      const profile = tx.create(MentorProfileSchema, {
        personId: input.personId,
        organizationId: input.organizationId,
        competencies: texts(input.competencies, 'competencies', true),
        achievements: input.achievements?.trim() || null,
        forms: texts(input.forms, 'forms', true),
        capacity: input.capacity,
        status: input.status ?? 'CANDIDATE',
      });
      await tx.flush();
      return profile;
    }),
  updateMentorProfile: (_, { id, version, patch }, context) =>
    runMutation(context.em, async (tx) => {
      const profile = await tx.findOne(MentorProfileSchema, { id });
      if (!profile) throw notFound(`Профиль наставника ${id} не найден; no mentor profile with id ${id}.`);
      await assertOrganizationWritable(context, profile.organizationId);
      assertVersion(profile, version, 'Профиль наставника');
      const fields = profileFields(patch);
      if (fields.forms) await assertMentorOfForms(tx, fields.forms, profile.personId, profile.organizationId);
      if (fields.capacity !== undefined) {
        const active = await context.loaders.activeMenteesByMentor.load(profile.personId);
        if (fields.capacity < active) throw badUserInput(`У наставника уже ${active} наставляемых; capacity cannot go below the current mentees.`, { field: 'capacity' });
      }
      tx.assign(profile, fields);
      await tx.flush();
      return profile;
    }),
  /**
   * Seed 003 §4: «Дополнительное соглашение к трудовому договору наставника или иной вариант, предусматривающий доплату наставнику».
   * It amends the mentor's own employment contract, so only a mentor employed by the organization has one (a pupil or
   * student mentor has no employment contract), dated not before that employment began and not in the future. It is
   * kept on the mentor, not a pair: it covers the mentoring duties of whatever pairs the mentor takes on. Every agreement
   * recorded stays in the history (a new one does not erase the old); the profile shows the latest.
   */
  recordMentorAgreement: (_, { mentorId, number, date }, context) =>
    runMutation(context.em, async (tx) => {
      const profile = await tx.findOne(MentorProfileSchema, { id: mentorId });
      if (!profile) throw notFound(`Профиль наставника ${mentorId} не найден; no mentor profile with id ${mentorId}.`);
      await assertOrganizationWritable(context, profile.organizationId);
      if (!number.trim()) throw badUserInput('Укажите номер дополнительного соглашения к трудовому договору; the agreement number is required.', { field: 'number' });
      const started = await employmentStart(tx, profile.personId, profile.organizationId);
      if (!started) {
        throw badUserInput(
          'Дополнительное соглашение заключается к трудовому договору наставника, а наставник не работает в этой организации по трудовому договору (например, обучающийся); only a mentor employed by the organization has an employment contract to amend.',
          { field: 'mentorId' },
        );
      }
      if (date < started) throw badUserInput(`Дата соглашения ${date} раньше начала работы наставника в организации (${started}); the agreement cannot predate the employment.`, { field: 'date' });
      if (date > todayIso()) throw badUserInput(`Дата соглашения ${date} ещё не наступила; the agreement date is in the future.`, { field: 'date' });
      if (await tx.count(MentorAgreementSchema, { mentor: profile, number: number.trim(), date })) {
        throw conflict(`Соглашение № ${number.trim()} от ${date} уже записано; this agreement is already recorded.`, { field: 'number' });
      }
      tx.create(MentorAgreementSchema, { mentor: profile, number: number.trim(), date, organizationId: profile.organizationId });
      await tx.flush();
      return profile;
    }),
  addTraining: (_, { mentorId, input }, context) =>
    runMutation(context.em, async (tx) => {
      const profile = await tx.findOne(MentorProfileSchema, { id: mentorId });
      if (!profile) throw notFound(`Профиль наставника ${mentorId} не найден; no mentor profile with id ${mentorId}.`);
      await assertOrganizationWritable(context, profile.organizationId);
      if (!input.programme.trim()) throw badUserInput('Укажите программу; the programme is required.', { field: 'programme' });
      if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 1000) throw badUserInput('Объём — от 1 до 1000 часов; hours must be between 1 and 1000.', { field: 'hours' });
      assertDatesInOrder(input.completedOn, todayIso(), 'Дата окончания обучения и сегодняшняя дата');
      const record = tx.create(TrainingRecordSchema, { mentor: profile, programme: input.programme.trim(), provider: input.provider?.trim() || null, hours: input.hours, completedOn: input.completedOn });
      if (profile.status === 'CANDIDATE') profile.status = 'TRAINED';
      await tx.flush();
      return record;
    }),
};
