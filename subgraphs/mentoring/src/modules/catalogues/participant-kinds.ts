import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { todayIso } from '@mentoring/platform/validation';
import type { MentoringForm, ParticipantKind } from './form.entity.js';

/** The kinds in the words of a refusal. */
export const KIND_LABELS: Record<ParticipantKind, string> = {
  PEDAGOGICAL_STAFF: 'педагогический работник',
  SCHOOL_HEAD: 'руководитель образовательной организации',
  EMPLOYER_STAFF: 'работник организации-работодателя',
  PUPIL: 'обучающийся школы (ученик)',
  STUDENT: 'студент (СПО, вуз)',
};

/** «Директор», «Руководитель …», «Заведующий …»: the head's position, not a deputy's («Заместитель директора»). */
const isHeadPosition = (position: string) =>
  /^(директор|руководитель|заведующ)/.test(position.trim().toLocaleLowerCase('ru'));

/**
 * What a person is in an organization on a day (today unless `asOf` is given), read from the registry's published views: staff (pedagogical, the head
 * — by a SCHOOL_HEAD appointment in force or a head's position — or staff of an employer organization) and students
 * (a school grade: pupil; a college or university course: student).
 */
export async function kindsAt(
  em: EntityManager,
  personId: string,
  organizationId: string,
  asOf?: string,
): Promise<Set<ParticipantKind>> {
  const day = asOf ?? todayIso();
  const staff = await em.execute<{ organization_kind: string; position: string; is_pedagogical: boolean }[]>(
    `select organization_kind, position, is_pedagogical from registry_pub.staff
     where person_id = ? and organization_id = ? and start_date <= ?::date and (end_date is null or end_date >= ?::date)`,
    [personId, organizationId, day, day],
  );
  const students = await em.execute<{ organization_kind: string; level_kind: string }[]>(
    `select organization_kind, level_kind from registry_pub.students
     where person_id = ? and organization_id = ? and start_date <= ?::date and (end_date is null or end_date >= ?::date)`,
    [personId, organizationId, day, day],
  );
  const headAppointments = await em.execute<{ found: number }[]>(
    `select 1 as found from registry_pub.appointment where person_id = ? and organization_id = ? and kind = 'SCHOOL_HEAD'
     and (start_date is null or start_date <= ?::date) and (end_date is null or end_date >= ?::date)`,
    [personId, organizationId, day, day],
  );
  const kinds = new Set<ParticipantKind>();
  for (const row of staff) {
    if (row.organization_kind === 'EMPLOYER') {
      kinds.add('EMPLOYER_STAFF');
      continue;
    }
    if (row.is_pedagogical) kinds.add('PEDAGOGICAL_STAFF');
    if (isHeadPosition(row.position)) kinds.add('SCHOOL_HEAD');
  }
  if (headAppointments.length > 0) kinds.add('SCHOOL_HEAD');
  for (const row of students)
    kinds.add(row.level_kind === 'SCHOOL_GRADE' && row.organization_kind !== 'HIGHER' ? 'PUPIL' : 'STUDENT');
  return kinds;
}

const describeKinds = (kinds: Set<ParticipantKind>) =>
  kinds.size === 0 ? 'ни работником, ни обучающимся' : [...kinds].map((kind) => KIND_LABELS[kind]).join(', ');

/** Why the person cannot take the form's place ('mentor' or 'mentee'), in words a person understands; null when they can. */
export async function kindProblem(
  em: EntityManager,
  form: Pick<MentoringForm, 'name' | 'mentorKind' | 'menteeKind'>,
  role: 'mentor' | 'mentee',
  personId: string,
  organizationId: string,
  asOf?: string,
  who = 'это лицо',
): Promise<string | null> {
  const wanted = role === 'mentor' ? form.mentorKind : form.menteeKind;
  const kinds = await kindsAt(em, personId, organizationId, asOf);
  if (kinds.has(wanted)) return null;
  const place = role === 'mentor' ? 'наставник' : 'наставляемый';
  const when = asOf ? ` на ${asOf}` : '';
  return `В форме «${form.name}» ${place} — ${KIND_LABELS[wanted]}, а ${who}${when} в указанной организации — ${describeKinds(kinds)}; the form's name says the ${role} is ${wanted.toLowerCase().replaceAll('_', ' ')}.`;
}

/**
 * The form's name says who mentors whom: the person must be of the kind the form puts in the given place.
 * `field` names the argument the refusal points at. Every path that writes forms or pairs holds people to it
 * (createMentorProfile, updateMentorProfile, createPair, importMentorBase).
 */
export async function assertKindForForm(
  em: EntityManager,
  form: Pick<MentoringForm, 'name' | 'mentorKind' | 'menteeKind'>,
  role: 'mentor' | 'mentee',
  personId: string,
  organizationId: string,
  field: string,
): Promise<void> {
  const problem = await kindProblem(em, form, role, personId, organizationId);
  if (problem) throw badUserInput(problem, { field });
}
