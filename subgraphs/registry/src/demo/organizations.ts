import type { CatalogueSource } from '@mentoring/sources';
import { stableId } from '@mentoring/platform/database';
import { present } from '@mentoring/platform/graphql';
import { innCheckDigit } from '../modules/organizations/inn.js';
import { DEMO_MUNICIPALITIES, SMOLENSK_CITY_OKTMO, SPB_CENTRAL_OKTMO, ZNAMENSKY_OKTMO } from './territories.js';

export type OrganizationKind =
  | 'GENERAL_EDUCATION'
  | 'ADDITIONAL_EDUCATION'
  | 'VOCATIONAL'
  | 'PRESCHOOL'
  | 'HIGHER'
  | 'EMPLOYER'
  | 'METHODICAL_CENTER'
  | 'EDUCATION_AUTHORITY';

export interface DemoOrganization {
  inn: string;
  name: string;
  shortName: string;
  kind: OrganizationKind;
  municipalityOktmo: string;
  address?: string;
  website?: string;
  tags: string[];
  /**
   * SEED: an authority or centre a seed names, with its name and details as the seed prints them (its ИНН is
   * synthetic: the seeds print none); SYNTHETIC: a fictional demo school.
   */
  dataOrigin: 'SEED' | 'SYNTHETIC';
  /** For SEED: the passage naming the organization. */
  source: CatalogueSource | null;
}

export const organizationIdOf = (inn: string) => stableId('organization', inn);

/** A legal entity's ИНН (10 digits) whose last digit is its check digit. */
export function innWithCheckDigit(firstNine: string): string {
  return `${firstNine}${innCheckDigit(firstNine)}`;
}

/**
 * Synthetic ИНН that no organization can hold: a legal entity's ИНН begins with the four-digit code of the tax office
 * that registered it, whose first two digits are a region code (01–99); no region, and so no tax office, has the code
 * 00. The demo's «offices» are 00 followed by the region's code (0067, 0057, 0078), so the region stays readable; the
 * check digit is valid, as the registry's validation (`isValidLegalEntityInn`) requires of every ИНН. The earlier
 * demo used the real offices 6731, 5718 and 7801, where a valid ИНН may be a real company's.
 */
const syntheticInn = (taxOffice: string, serial: number) =>
  innWithCheckDigit(`${taxOffice}${String(serial).padStart(5, '0')}`);

const TAX_OFFICE_BY_REGION: Record<string, string> = { '67': '0067', '57': '0057', '78': '0078' };

/**
 * The authorities and centres the seeds name, with what the seeds print: the name (the seeds print no full legal
 * name for ГАУ ДПО СОИРО and СПб АППО, so none is given), the address and site where printed. ИНН: synthetic.
 */
const AUTHORITIES_AND_CENTRES: DemoOrganization[] = [
  {
    inn: syntheticInn('0067', 1),
    name: 'ГАУ ДПО СОИРО (ЦНППМ)',
    shortName: 'ГАУ ДПО СОИРО (ЦНППМ)',
    kind: 'METHODICAL_CENTER',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    address: '214018, г. Смоленск, Киевский переулок, д. 16',
    // No website: the URL seed 000 prints is the «информационный ресурс для сопровождения наставничества
    // педагогических работников», a page of the site, not the organization's official site.
    tags: [],
    dataOrigin: 'SEED',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: 'Слайд «ГАУ ДПО СОИРО (ЦНППМ)»',
      quote: 'ГАУ ДПО СОИРО (ЦНППМ) – организационно-методическая и организационно-педагогическая поддержка',
    },
  },
  {
    inn: syntheticInn('0067', 2),
    name: 'Департамент Смоленской области по образованию и науке',
    shortName: 'Департамент по образованию и науке',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    tags: [],
    dataOrigin: 'SEED',
    source: {
      document: 'SMOLENSK_ROADMAP_PRESENTATION',
      clause: 'Нормативное обеспечение внедрения системы наставничества педагогических работников',
      quote: 'Приказ Департамента Смоленской области по образованию и науке от 15.03.2022 № 235-Од',
    },
  },
  {
    inn: syntheticInn('0057', 1),
    name: 'Отдел образования администрации Знаменского района Орловской области',
    shortName: 'Отдел образования Знаменского района',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: ZNAMENSKY_OKTMO,
    tags: [],
    dataOrigin: 'SEED',
    source: {
      document: 'ZNAMENSKY_ORDER_96D',
      clause: 'Приложение 1 (Положение), 5. Организация системы наставничества',
      quote: 'Отделом образования администрации Знаменского района Орловской области (далее – отдел образования).',
    },
  },
  {
    inn: syntheticInn('0078', 1),
    name: 'Центр развития наставничества СПб АППО',
    shortName: 'СПб АППО (Центр развития наставничества)',
    kind: 'METHODICAL_CENTER',
    municipalityOktmo: SPB_CENTRAL_OKTMO,
    website: 'https://spbappo.ru/tsentr-razvitiya-nastavnichestva/',
    tags: [],
    dataOrigin: 'SEED',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Дорожная карта на 2021-2022 год',
      quote: 'Центр развития наставничества СПб АППО',
    },
  },
  {
    inn: syntheticInn('0078', 2),
    name: 'Комитет по образованию Санкт-Петербурга',
    shortName: 'Комитет по образованию',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: SPB_CENTRAL_OKTMO,
    tags: [],
    dataOrigin: 'SEED',
    source: {
      document: 'SPB_ROADMAP_WEBINAR',
      clause: 'Дорожная карта на 2021-2022 год',
      quote: 'Комитет по образованию Санкт-Петербурга',
    },
  },
];

/**
 * Schools per municipality. Smolensk: the 300 general-education organizations
 * of the 2021 monitoring (seed 002) across its 27 municipalities, weighted
 * towards the city and the larger districts; two in each St Petersburg
 * district; four in Знаменский район.
 */
const SMOLENSK_SCHOOLS_BY_OKTMO: Record<string, number> = {
  '66701000': 37, // город Смоленск
  '66610000': 20, // Вяземский
  '66636000': 19, // Рославльский
  '66639000': 15, // Сафоновский
  '66658000': 15, // Ярцевский
  '66644000': 17, // Смоленский
  '66611000': 14, // Гагаринский
  '66616000': 10, // Дорогобужский
  '66634000': 11, // Починковский
  '66638000': 10, // Руднянский
  '66740000': 4, // город Десногорск
};
const OTHER_SMOLENSK_DISTRICT_SCHOOLS = 8;
const SCHOOLS_PER_SPB_DISTRICT = 2;
const ZNAMENSKY_SCHOOLS = 4;

function schoolCount(regionCode: string, oktmo: string): number {
  if (regionCode === '67') return SMOLENSK_SCHOOLS_BY_OKTMO[oktmo] ?? OTHER_SMOLENSK_DISTRICT_SCHOOLS;
  return regionCode === '78' ? SCHOOLS_PER_SPB_DISTRICT : ZNAMENSKY_SCHOOLS;
}

/** Project tags of Smolensk schools, by their position in the region's list (seed 000 and 002 projects). */
function smolenskTags(position: number): string[] {
  const tags: string[] = [];
  // «ШНОР» is not a seed term: the common abbreviation (ФИОКО) of «школы с низкими образовательными результатами», kept
  // as the tag name the mentoring demo selects by. It marks 68 fictional schools standing for the 68 of приказ № 850-ОД
  // of 17.09.2021 (seed 002: «школам с низкими результатами обучения и школам, функционирующим в неблагоприятных
  // социальных условиях»). The first nine also carry «500+»: that overlap is synthetic — seed 002 does not say the
  // «500+» schools are among the 68.
  if (position % 4 === 1 && position < 272) tags.push('ШНОР');
  if (position % 4 === 1 && position < 36) tags.push('500+');
  if (position % 3 === 0) tags.push('Точка роста');
  if (position === 2 || position === 120) tags.push('Кванториум');
  if (position === 5) tags.push('IT-куб');
  return tags;
}

function demoSchools(): DemoOrganization[] {
  const serials: Record<string, number> = {};
  let smolenskPosition = 0;
  let spbNumber = 0;
  return DEMO_MUNICIPALITIES.flatMap((municipality) =>
    Array.from({ length: schoolCount(municipality.regionCode, municipality.oktmo) }, (_, index) => {
      const taxOffice = present(
        TAX_OFFICE_BY_REGION[municipality.regionCode],
        `demo tax office of region ${municipality.regionCode}`,
      );
      const serial = (serials[taxOffice] ?? 100) + 1;
      serials[taxOffice] = serial;
      const spb = municipality.regionCode === '78';
      const schoolNumber = spb ? (spbNumber += 1) : index + 1;
      // Obviously fictional names: not the legal-form patterns of real schools («МБОУ СШ № 5», «ГБОУ СОШ № 5»).
      const name = `Демонстрационная школа № ${schoolNumber} (${municipality.name}${spb ? ' Санкт-Петербурга' : ''})`;
      const tags = municipality.regionCode === '67' ? smolenskTags(smolenskPosition++) : [];
      return {
        inn: syntheticInn(taxOffice, serial),
        name,
        shortName: `Демо-школа № ${schoolNumber} (${municipality.name})`,
        kind: 'GENERAL_EDUCATION' as const,
        municipalityOktmo: municipality.oktmo,
        tags,
        dataOrigin: 'SYNTHETIC' as const,
        source: null,
      };
    }),
  );
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [...AUTHORITIES_AND_CENTRES, ...demoSchools()];

export const demoOrganizationsIn = (oktmo: string) =>
  DEMO_ORGANIZATIONS.filter((organization) => organization.municipalityOktmo === oktmo);

const regionByOktmo = new Map(DEMO_MUNICIPALITIES.map((municipality) => [municipality.oktmo, municipality.regionCode]));

/** The region code of a demo organization, e.g. "67" for a Smolensk school. */
export const demoRegionOf = (organization: Pick<DemoOrganization, 'municipalityOktmo'>) =>
  present(
    regionByOktmo.get(organization.municipalityOktmo),
    `demo region of municipality ${organization.municipalityOktmo}`,
  );
