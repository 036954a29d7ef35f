import { organizationsInScope, personVisibilitySql } from '@mentoring/subgraph-registry/published';
import { type Viewer } from '@mentoring/platform/auth';
import { type EntityManager } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import { readTable, type ImportLedger } from '@mentoring/platform/tabular';
import { todayIso } from '@mentoring/platform/validation';
import type { Context } from '../../context.js';
import { MENTORING_FORM_CODES, MentoringFormSchema } from '../catalogues/form.entity.js';
import { kindProblem } from '../catalogues/participant-kinds.js';
import { MentoringProjectSchema } from '../catalogues/project.entity.js';
import { COMPETENCY_MAX_LENGTH, MentorProfileSchema } from '../mentors/mentor-profile.entity.js';
import { PairMenteeSchema } from '../pairs/pair-mentee.entity.js';
import { MentoringPairSchema } from '../pairs/pair.entity.js';
import { MENTOR_BASE_COLUMNS, normaliseFormName, projectLabel, splitList } from './layout.js';

interface Candidate {
  personId: string;
  organizationId: string;
}

/**
 * Registry people by normalised ФИО and workplace short name (registry_pub.person_workplace), only those
 * the person rule lets the viewer see: anyone else reads as «нет в реестре», whether they exist or not.
 */
async function peopleIndex(em: EntityManager, viewer: Viewer): Promise<Map<string, Candidate[]>> {
  const visible = personVisibilitySql(viewer, 'person_id');
  const rows = await em.execute<
    {
      person_id: string;
      last_name: string;
      first_name: string;
      middle_name: string | null;
      organization_id: string;
      organization_short_name: string;
    }[]
  >(
    `select person_id, last_name, first_name, middle_name, organization_id, organization_short_name from registry_pub.person_workplace where ${visible.sql}`,
    visible.params,
  );
  const index = new Map<string, Candidate[]>();
  for (const row of rows) {
    const key = personKey(
      [row.last_name, row.first_name, row.middle_name].filter(Boolean).join(' '),
      row.organization_short_name,
    );
    index.set(key, [...(index.get(key) ?? []), { personId: row.person_id, organizationId: row.organization_id }]);
  }
  return index;
}

const personKey = (fullName: string, workplace: string) =>
  `${fullName.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()}|${workplace.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** First day of next month: imported pairs start as drafts the curator dates and orders on activation. */
function nextMonth(): { start: string; end: string } {
  const today = new Date(`${todayIso()}T00:00:00Z`);
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 9, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Each row of the file as a mentor profile and, with mentees, a draft pair; every row's outcome goes to the ledger. */
export async function importRows(
  context: Context,
  tx: EntityManager,
  format: 'CSV' | 'XLSX',
  contentBase64: string,
  ledger: ImportLedger,
): Promise<void> {
  const rows = await readTable(format, contentBase64, MENTOR_BASE_COLUMNS);
  const people = await peopleIndex(tx, context.viewer);
  const catalogue = await tx.find(MentoringFormSchema, {});
  const forms = new Map(catalogue.map((form) => [normaliseFormName(form.name), form.code]));
  // A project pair's cell names its project (as the export writes it), not a form.
  const projects = new Map(
    (await tx.find(MentoringProjectSchema, {})).map((project) => [
      normaliseFormName(projectLabel(project.name)),
      project.code,
    ]),
  );
  const writable = await organizationsInScope(
    context.loaders.organizationInScope,
    [...people.values()].flat().map((candidate) => candidate.organizationId),
  );
  const find = (name: string, workplace: string): Candidate | string => {
    const found = people.get(personKey(name, workplace)) ?? [];
    if (found.length === 1 && found[0]) return found[0];
    return found.length === 0
      ? `«${name}» (${workplace}) нет в реестре`
      : `«${name}» (${workplace}) неоднозначен: ${found.length} записи`;
  };
  for (const { line, values, problems: cellProblems } of rows) {
    const problems = [...cellProblems];
    const mentor = find(values.mentorName ?? '', values.mentorWorkplace ?? '');
    if (typeof mentor === 'string') problems.push(`Наставник ${mentor}`);
    else if (!writable.has(mentor.organizationId)) problems.push('Место работы наставника вне вашей территории');
    const competencies = splitList(values.competencies);
    if (competencies.length === 0) problems.push('Нет компетенций наставника');
    // Counted in code points, as @maxLength and the database count characters.
    if (competencies.some((competency) => Array.from(competency).length > COMPETENCY_MAX_LENGTH))
      problems.push(`Компетенция длиннее ${COMPETENCY_MAX_LENGTH} символов`);
    const formNames = splitList(values.form);
    const unknownForms = formNames.filter(
      (name) => !forms.has(normaliseFormName(name)) && !projects.has(normaliseFormName(name)),
    );
    if (unknownForms.length > 0) problems.push(`Форма «${unknownForms.join(', ')}» не распознана`);
    const formCodes = formNames.flatMap((name) => forms.get(normaliseFormName(name)) ?? []);
    const projectCodes = formNames.flatMap((name) => projects.get(normaliseFormName(name)) ?? []);
    const menteeNames = splitList(values.menteeNames);
    const menteeWorkplaces = splitList(values.menteeWorkplaces);
    const mentees = menteeNames.map((name, index) =>
      find(name, menteeWorkplaces[index] ?? menteeWorkplaces[0] ?? values.mentorWorkplace ?? ''),
    );
    for (const mentee of mentees) if (typeof mentee === 'string') problems.push(`Наставляемый ${mentee}`);
    if (menteeNames.length > 0 && formCodes.length + projectCodes.length !== 1)
      problems.push('Для наставляемых укажите одну форму наставничества (или проект)');
    // The form's name says who mentors whom: the mentor of every form named, each mentee of the pair's form.
    if (typeof mentor !== 'string') {
      for (const code of new Set(formCodes)) {
        const form = present(
          catalogue.find((entry) => entry.code === code),
          `form ${code}`,
        );
        const mentorProblem = await kindProblem(tx, form, 'mentor', mentor.personId, mentor.organizationId);
        if (mentorProblem) problems.push(mentorProblem);
        if (formCodes.length === 1) {
          for (const mentee of mentees) {
            const menteeProblem =
              typeof mentee === 'string'
                ? null
                : await kindProblem(tx, form, 'mentee', mentee.personId, mentee.organizationId);
            if (menteeProblem) problems.push(menteeProblem);
          }
        }
      }
    }
    const label = `${values.mentorName ?? ''} (${values.mentorWorkplace ?? ''})`;
    if (problems.length > 0 || typeof mentor === 'string') {
      ledger.add(line, label, 'REJECTED', problems);
      continue;
    }
    const menteeIds = (mentees as Candidate[]).map((mentee) => mentee.personId);
    if (menteeIds.includes(mentor.personId)) {
      ledger.add(line, label, 'REJECTED', ['Наставник не может быть своим наставляемым']);
      continue;
    }
    // Already trimmed by readTable; a leading tab or carriage return left is the profile's own, restored from its quote.
    const achievements = values.achievements || null;
    const allForms = [...new Set(formCodes)] as MentorFormCode[];
    let status: 'CREATED' | 'UPDATED' | 'UNCHANGED' = 'UNCHANGED';
    const profile = await tx.findOne(MentorProfileSchema, { personId: mentor.personId });
    if (!profile) {
      tx.create(MentorProfileSchema, {
        personId: mentor.personId,
        organizationId: mentor.organizationId,
        competencies,
        achievements,
        forms: allForms,
        capacity: Math.max(3, menteeIds.length),
        status: 'CANDIDATE',
      });
      status = 'CREATED';
    } else {
      const mergedForms = [...new Set([...profile.forms, ...allForms])];
      if (
        profile.competencies.join('|') !== competencies.join('|') ||
        (profile.achievements ?? null) !== achievements ||
        mergedForms.length !== profile.forms.length
      ) {
        tx.assign(profile, { competencies, achievements, forms: mergedForms });
        status = 'UPDATED';
      }
    }
    if (menteeIds.length > 0) {
      // A row with mentees names exactly one form or one project (checked above).
      const [form] = allForms;
      const project = form ? null : present(projectCodes[0], `project of line ${line}`);
      const kind = project ? { project, form: null } : { form };
      const existing = await tx.find(
        MentoringPairSchema,
        { mentorPersonId: mentor.personId, ...kind, status: { $in: ['DRAFT', 'ACTIVE'] } },
        { populate: ['mentees'] },
      );
      const same = existing.some(
        (pair) =>
          pair.mentees
            .getItems()
            .map((mentee) => mentee.personId)
            .sort()
            .join('|') === [...menteeIds].sort().join('|'),
      );
      if (!same) {
        const { start, end } = nextMonth();
        const pair = tx.create(MentoringPairSchema, {
          form: form ? tx.getReference(MentoringFormSchema, form) : null,
          project: project ? tx.getReference(MentoringProjectSchema, project) : null,
          formats: menteeIds.length > 1 ? ['TRADITIONAL', 'GROUP'] : ['TRADITIONAL'],
          status: 'DRAFT',
          organizationId: mentor.organizationId,
          mentorPersonId: mentor.personId,
          startDate: start,
          plannedEndDate: end,
          endedOn: null,
          terminationReason: null,
          orderNumber: null,
          orderDate: null,
        });
        (mentees as Candidate[]).forEach((mentee) =>
          tx.create(PairMenteeSchema, { pair, personId: mentee.personId, organizationId: mentee.organizationId }),
        );
        if (status === 'UNCHANGED') status = 'UPDATED';
      }
    }
    ledger.add(line, label, status);
  }
}

type MentorFormCode = (typeof MENTORING_FORM_CODES)[number];
