import { organizationsOfTerritorySql } from '@mentoring/subgraph-registry/published';
import { whereSql } from '@mentoring/platform/database';
import { writeCsv, writeXlsx } from '@mentoring/platform/tabular';
import type { QueryResolvers } from '../../../../__generated__/types.generated.js';
import { MentoringFormSchema } from '../../../catalogues/form.entity.js';
import { MentoringProjectSchema } from '../../../catalogues/project.entity.js';
import { MentorProfileSchema, type MentorProfile } from '../../../mentors/mentor-profile.entity.js';
import { MentoringPairSchema } from '../../../pairs/pair.entity.js';
import { exportTerritory } from '../../export-territory.js';
import { LIST_SEPARATOR, MENTOR_BASE_HEADERS, projectLabel } from '../../layout.js';
import { peopleAtWork } from '../../people.js';

export const mentorBase: NonNullable<QueryResolvers['mentorBase']> = async (
  _,
  { municipalityOktmo, regionCode, format },
  context,
) => {
  const { em, personalData } = context;
  const territory = await exportTerritory(context, municipalityOktmo, regionCode);
  const mentors = await em.find(MentorProfileSchema, {
    $and: [
      whereSql<MentorProfile>((alias) => organizationsOfTerritorySql(territory, `${alias}.organization_id`)),
      { status: { $ne: 'LEFT' } },
    ],
  });
  const pairs = await em.find(
    MentoringPairSchema,
    { mentorPersonId: { $in: mentors.map((mentor) => mentor.personId) }, status: 'ACTIVE' },
    { populate: ['mentees'] },
  );
  const forms = new Map((await em.find(MentoringFormSchema, {})).map((form) => [form.code, form.name]));
  const projects = new Map(
    (await em.find(MentoringProjectSchema, {})).map((project) => [project.code, projectLabel(project.name)]),
  );
  const formCell = (pair: (typeof pairs)[number]) =>
    pair.form
      ? (forms.get(pair.form.code) ?? pair.form.code)
      : pair.project
        ? (projects.get(pair.project.code) ?? pair.project.code)
        : '';
  const people = await peopleAtWork(em, context.viewer, [
    ...mentors.map((mentor) => mentor.personId),
    ...pairs.flatMap((pair) => pair.mentees.getItems().map((mentee) => mentee.personId)),
  ]);
  const workplaceName = new Map(
    [...people.values()].flat().map((entry) => [entry.organizationId, entry.organizationShortName]),
  );
  const nameOf = (personId: string) => people.get(personId)?.[0]?.fullName;
  const rows = mentors
    .map((mentor) => {
      const own = pairs.filter((pair) => pair.mentorPersonId === mentor.personId);
      const mentees = own.flatMap((pair) => pair.mentees.getItems());
      return {
        mentor,
        name: nameOf(mentor.personId) ?? '—',
        cells: [
          workplaceName.get(mentor.organizationId) ?? people.get(mentor.personId)?.[0]?.organizationShortName ?? '—',
          mentor.competencies.join(LIST_SEPARATOR),
          mentor.achievements ?? '',
          // Pupils are minors: their names never leave the school.
          mentees.map((mentee) => nameOf(mentee.personId) ?? 'обучающийся').join(LIST_SEPARATOR),
          [...new Set(own.map(formCell))].join(LIST_SEPARATOR),
          [
            ...new Set(
              mentees.map(
                (mentee) =>
                  workplaceName.get(mentee.organizationId) ??
                  people.get(mentee.personId)?.[0]?.organizationShortName ??
                  'обучающийся',
              ),
            ),
          ].join(LIST_SEPARATOR),
        ],
        mentees,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  for (const row of rows) {
    personalData.record('Person', row.mentor.personId, 'MentorBase.mentor');
    for (const mentee of row.mentees)
      if (nameOf(mentee.personId)) personalData.record('Person', mentee.personId, 'MentorBase.mentee');
  }
  const table = [[...MENTOR_BASE_HEADERS], ...rows.map((row, index) => [String(index + 1), row.name, ...row.cells])];
  const bytes = format === 'CSV' ? writeCsv(table) : await writeXlsx('База наставников', table);
  return {
    fileName: `База наставников ${territory.label}.${format === 'CSV' ? 'csv' : 'xlsx'}`,
    contentType:
      format === 'CSV'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(bytes).toString('base64'),
    rowCount: rows.length,
  };
};
