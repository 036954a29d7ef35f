import { type EntityManager } from '@mentoring/platform/database';
import { parseDate, parseYesNo, readTable, type ColumnSpec } from '@mentoring/platform/tabular';
import { todayIso } from '@mentoring/platform/validation';
import type { Context } from '../../context.js';
import { organizationsInScope } from '../../published/index.js';
import { OrganizationSchema } from '../organizations/organization.entity.js';
import { EmploymentSchema, type Employment } from '../people/employment.entity.js';
import { PersonSchema } from '../people/person.entity.js';
import { employmentAgeProblem } from '../people/derived.js';
import type { ImportLedger } from '@mentoring/platform/tabular';

type Field =
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'organizationInn'
  | 'position'
  | 'isPedagogical'
  | 'startDate'
  | 'teachingExperienceStart'
  | 'email'
  | 'phone';

/** Columns of a staff file; Russian headers as offices write them, or the field names. */
export const STAFF_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'lastName', headers: ['Фамилия', 'lastName'], required: true, maxLength: 255 },
  { field: 'firstName', headers: ['Имя', 'firstName'], required: true, maxLength: 255 },
  { field: 'middleName', headers: ['Отчество', 'middleName'], required: false, maxLength: 255 },
  { field: 'birthDate', headers: ['Дата рождения', 'birthDate'], required: true },
  { field: 'organizationInn', headers: ['ИНН организации', 'ИНН ОО', 'organizationInn'], required: true },
  { field: 'position', headers: ['Должность', 'position'], required: true, maxLength: 255 },
  { field: 'isPedagogical', headers: ['Педагогический работник', 'isPedagogical'], required: false },
  { field: 'startDate', headers: ['Дата приёма', 'Дата приема', 'startDate'], required: true },
  {
    field: 'teachingExperienceStart',
    headers: ['Начало педагогического стажа', 'Стаж с', 'teachingExperienceStart'],
    required: false,
  },
  { field: 'email', headers: ['Электронная почта', 'Email', 'E-mail'], required: false, maxLength: 255 },
  { field: 'phone', headers: ['Телефон', 'phone'], required: false, maxLength: 255 },
];

const keyOf = (
  lastName: string,
  firstName: string,
  middleName: string | null,
  birthDate: string,
  organizationId: string,
) => [lastName, firstName, middleName ?? '', birthDate, organizationId].join('|').toLowerCase();

/** Validates and applies every row to the unit of work; the caller decides whether to flush. */
export async function importStaffRows(
  context: Context,
  tx: EntityManager,
  format: 'CSV' | 'XLSX',
  contentBase64: string,
  ledger: ImportLedger,
): Promise<void> {
  const rows = await readTable(format, contentBase64, STAFF_COLUMNS);
  const organizations = new Map(
    (await tx.find(OrganizationSchema, { inn: { $in: rows.map((row) => row.values.organizationInn ?? '') } })).map(
      (organization) => [organization.inn, organization],
    ),
  );
  const current = await tx.find(
    EmploymentSchema,
    { organization: { $in: [...organizations.values()].map((organization) => organization.id) }, endDate: null },
    { populate: ['person'] },
  );
  const byKey = new Map<string, Employment>(
    current.map((employment) => [
      keyOf(
        employment.person.lastName,
        employment.person.firstName ?? employment.person.initials ?? '',
        employment.person.middleName ?? null,
        employment.person.birthDate ?? '',
        employment.organization.id,
      ),
      employment,
    ]),
  );
  const writable = await organizationsInScope(
    context.loaders.organizationInScope,
    [...organizations.values()].map((organization) => organization.id),
  );
  const today = todayIso();
  const seen = new Set<string>();
  for (const { line, values, problems: cellProblems } of rows) {
    const problems = [...cellProblems];
    const lastName = values.lastName ?? '';
    const firstName = values.firstName ?? '';
    const middleName = values.middleName || null;
    const birthDate = parseDate(values.birthDate);
    const startDate = parseDate(values.startDate);
    const experienceStart = values.teachingExperienceStart ? parseDate(values.teachingExperienceStart) : null;
    const pedagogical = parseYesNo(values.isPedagogical);
    const organization = organizations.get(values.organizationInn ?? '');
    if (!lastName || !firstName) problems.push('Нет фамилии или имени');
    if (!birthDate || birthDate < '1900-01-01' || birthDate >= today)
      problems.push(`Дата рождения «${values.birthDate ?? ''}» неверна`);
    if (!startDate) problems.push(`Дата приёма «${values.startDate ?? ''}» неверна`);
    if (values.teachingExperienceStart && !experienceStart)
      problems.push(`Начало стажа «${values.teachingExperienceStart}» неверно`);
    if (birthDate && startDate && startDate < birthDate) problems.push('Дата приёма раньше даты рождения');
    const tooYoung =
      birthDate && startDate && pedagogical !== null ? employmentAgeProblem(birthDate, startDate, pedagogical) : null;
    if (tooYoung) problems.push(tooYoung.message);
    if (experienceStart && experienceStart > today) problems.push('Начало стажа в будущем');
    if (pedagogical === null) problems.push(`«${values.isPedagogical}» — ожидается да или нет`);
    if (!values.position) problems.push('Нет должности');
    if (!organization) problems.push(`Организация с ИНН «${values.organizationInn ?? ''}» не найдена`);
    else if (!writable.has(organization.id)) problems.push('Организация вне вашей территории');
    if (values.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) problems.push('Адрес почты неверен');
    const key = organization && birthDate ? keyOf(lastName, firstName, middleName, birthDate, organization.id) : null;
    const label = `${[lastName, firstName, middleName].filter(Boolean).join(' ')}, ${values.birthDate ?? ''}, ${values.organizationInn ?? ''}`;
    if (key && seen.has(key)) problems.push('Этот работник уже встречался выше в файле');
    if (key) seen.add(key);
    if (
      problems.length > 0 ||
      !organization ||
      !birthDate ||
      !startDate ||
      !key ||
      !values.position ||
      pedagogical === null
    ) {
      ledger.add(line, label, 'REJECTED', problems);
      continue;
    }
    const employmentFields = {
      position: values.position,
      isPedagogical: pedagogical,
      startDate,
      teachingExperienceStart: experienceStart,
    };
    const personFields = { email: values.email || null, phone: values.phone || null };
    const existing = byKey.get(key);
    if (!existing) {
      const person = tx.create(PersonSchema, {
        lastName,
        firstName,
        middleName,
        initials: null,
        birthDate,
        ...personFields,
        dataOrigin: 'ENTERED',
        source: null,
      });
      tx.create(EmploymentSchema, { person, organization, ...employmentFields, endDate: null });
      ledger.add(line, label, 'CREATED');
      continue;
    }
    const changed =
      existing.position !== employmentFields.position ||
      existing.isPedagogical !== employmentFields.isPedagogical ||
      existing.startDate !== employmentFields.startDate ||
      (existing.teachingExperienceStart ?? null) !== employmentFields.teachingExperienceStart ||
      (existing.person.email ?? null) !== personFields.email ||
      (existing.person.phone ?? null) !== personFields.phone;
    if (changed) {
      tx.assign(existing, employmentFields);
      tx.assign(existing.person, personFields);
    }
    ledger.add(line, label, changed ? 'UPDATED' : 'UNCHANGED');
  }
}
