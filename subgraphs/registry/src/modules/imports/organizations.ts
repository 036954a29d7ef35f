import { type EntityManager } from '@mentoring/platform/database';
import { readTable, type ColumnSpec } from '@mentoring/platform/tabular';
import { isHttpUrl } from '@mentoring/platform/validation';
import { isValidLegalEntityInn } from '../organizations/inn.js';
import { organizationsInScope } from '../../published/index.js';
import type { Context } from '../../context.js';
import {
  ORGANIZATION_KINDS,
  OrganizationSchema,
  TAG_MAX_LENGTH,
  type Organization,
} from '../organizations/organization.entity.js';
import { MunicipalitySchema, type Municipality } from '../territories/municipality.entity.js';
import type { ImportLedger } from '@mentoring/platform/tabular';

type Field = 'inn' | 'name' | 'shortName' | 'kind' | 'municipalityOktmo' | 'address' | 'website' | 'tags';

/** Columns of an organizations file; Russian headers as offices write them, or the field names. */
export const ORGANIZATION_COLUMNS: ColumnSpec<Field>[] = [
  { field: 'inn', headers: ['ИНН', 'inn'], required: true },
  { field: 'name', headers: ['Полное наименование', 'Наименование', 'name'], required: true, maxLength: 500 },
  {
    field: 'shortName',
    headers: ['Сокращённое наименование', 'Краткое наименование', 'shortName'],
    required: true,
    maxLength: 255,
  },
  { field: 'kind', headers: ['Тип', 'Вид организации', 'kind'], required: true },
  { field: 'municipalityOktmo', headers: ['ОКТМО', 'municipalityOktmo'], required: true },
  { field: 'address', headers: ['Адрес', 'address'], required: false, maxLength: 500 },
  { field: 'website', headers: ['Сайт', 'website'], required: false, maxLength: 255 },
  { field: 'tags', headers: ['Проекты', 'Теги', 'tags'], required: false },
];

/** The words offices use for the kinds, besides the enum names. */
const KIND_WORDS: [RegExp, Organization['kind']][] = [
  [/общеобразоват|школ/, 'GENERAL_EDUCATION'],
  [/дополнительн/, 'ADDITIONAL_EDUCATION'],
  [/профессиональн|спо|колледж|техникум/, 'VOCATIONAL'],
  [/дошкольн|детский сад/, 'PRESCHOOL'],
  [/высш|вуз|университет/, 'HIGHER'],
  [/работодател|предприят/, 'EMPLOYER'],
  [/имц|цнппм|иро|аппо|методическ/, 'METHODICAL_CENTER'],
  [/орган управления|отдел образования|департамент|комитет/, 'EDUCATION_AUTHORITY'],
];

function kindOf(text: string): Organization['kind'] | null {
  if ((ORGANIZATION_KINDS as readonly string[]).includes(text.toUpperCase()))
    return text.toUpperCase() as Organization['kind'];
  return KIND_WORDS.find(([pattern]) => pattern.test(text.toLowerCase()))?.[1] ?? null;
}

/** Validates and applies every row to the unit of work; the caller decides whether to flush. */
export async function importOrganizationRows(
  context: Context,
  tx: EntityManager,
  format: 'CSV' | 'XLSX',
  contentBase64: string,
  ledger: ImportLedger,
): Promise<void> {
  const rows = await readTable(format, contentBase64, ORGANIZATION_COLUMNS);
  const existing = new Map(
    (await tx.find(OrganizationSchema, { inn: { $in: rows.map((row) => row.values.inn ?? '') } })).map(
      (organization) => [organization.inn, organization],
    ),
  );
  const municipalities = new Map(
    (
      await tx.find(
        MunicipalitySchema,
        { oktmo: { $in: rows.map((row) => row.values.municipalityOktmo ?? '') } },
        { populate: ['region'] },
      )
    ).map((municipality) => [municipality.oktmo, municipality]),
  );
  const writable = await organizationsInScope(
    context.loaders.organizationInScope,
    [...existing.values()].map((organization) => organization.id),
  );
  const mayWriteIn = (municipality: Municipality) =>
    context.viewer.role === 'REGIONAL_OPERATOR'
      ? municipality.region.code === context.viewer.scope.regionCode
      : municipality.oktmo === context.viewer.scope.municipalityOktmo;
  const seen = new Set<string>();
  for (const { line, values, problems: cellProblems } of rows) {
    const inn = values.inn ?? '';
    const problems = [...cellProblems];
    const tags = (values.tags ?? '')
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    // Characters as PostgreSQL's char_length counts them: code points.
    if (tags.some((tag) => Array.from(tag).length > TAG_MAX_LENGTH))
      problems.push(`Проект (тег) длиннее ${TAG_MAX_LENGTH} символов`);
    if (!isValidLegalEntityInn(inn)) problems.push(`ИНН «${inn}» неверен (10 цифр с контрольной)`);
    if (seen.has(inn)) problems.push(`ИНН ${inn} уже встречался выше в файле`);
    const kind = kindOf(values.kind ?? '');
    if (!kind) problems.push(`Тип «${values.kind ?? ''}» не распознан`);
    if (!values.name) problems.push('Нет полного наименования');
    if (!values.shortName) problems.push('Нет сокращённого наименования');
    const municipality = municipalities.get(values.municipalityOktmo ?? '');
    if (!municipality) problems.push(`ОКТМО «${values.municipalityOktmo ?? ''}» не найден`);
    else if (!mayWriteIn(municipality)) problems.push(`ОКТМО ${municipality.oktmo} вне вашей территории`);
    if (values.website && !isHttpUrl(values.website)) problems.push('Сайт должен начинаться с http:// или https://');
    const current = existing.get(inn);
    if (current && !writable.has(current.id)) problems.push('Организация с этим ИНН вне вашей территории');
    seen.add(inn);
    if (problems.length > 0 || !kind || !municipality || !values.name || !values.shortName) {
      ledger.add(line, inn || null, 'REJECTED', problems);
      continue;
    }
    const fields = {
      name: values.name,
      shortName: values.shortName,
      kind,
      municipality,
      address: values.address || null,
      website: values.website || null,
      tags,
    };
    if (!current) {
      tx.create(OrganizationSchema, { inn, ...fields, dataOrigin: 'ENTERED', source: null });
      ledger.add(line, inn, 'CREATED');
    } else if (differs(current, fields)) {
      tx.assign(current, fields);
      ledger.add(line, inn, 'UPDATED');
    } else ledger.add(line, inn, 'UNCHANGED');
  }
}

function differs(
  organization: Organization,
  fields: Omit<Organization, 'id' | 'createdAt' | 'updatedAt' | 'inn' | 'version' | 'dataOrigin' | 'source'>,
): boolean {
  return (
    organization.name !== fields.name ||
    organization.shortName !== fields.shortName ||
    organization.kind !== fields.kind ||
    organization.municipality.id !== fields.municipality.id ||
    (organization.address ?? null) !== fields.address ||
    (organization.website ?? null) !== fields.website ||
    organization.tags.join('|') !== fields.tags.join('|')
  );
}
