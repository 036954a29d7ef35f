import { stableId } from '../ids.js';
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
}

export const organizationIdOf = (inn: string) => stableId('organization', inn);

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A legal entity's ИНН (10 digits) whose last digit is its check digit. */
export function innWithCheckDigit(firstNine: string): string {
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * INN_WEIGHTS[index]!, 0);
  return `${firstNine}${(sum % 11) % 10}`;
}

/** Synthetic but valid ИНН: the tax office prefix of the region and a serial. */
const syntheticInn = (taxOffice: string, serial: number) => innWithCheckDigit(`${taxOffice}${String(serial).padStart(5, '0')}`);

const TAX_OFFICE_BY_REGION: Record<string, string> = { '67': '6731', '57': '5718', '78': '7801' };

const AUTHORITIES_AND_CENTRES: DemoOrganization[] = [
  {
    inn: syntheticInn('6731', 1),
    name: 'Государственное автономное учреждение дополнительного профессионального образования «Смоленский областной институт развития образования»',
    shortName: 'ГАУ ДПО СОИРО (ЦНППМ)',
    kind: 'METHODICAL_CENTER',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    address: '214018, г. Смоленск, Киевский переулок, д. 16',
    website: 'http://dpo-smolensk.ru/cnppmpr/l-ped-nastavnik/',
    tags: [],
  },
  {
    inn: syntheticInn('6731', 2),
    name: 'Департамент Смоленской области по образованию и науке',
    shortName: 'Департамент по образованию и науке',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: SMOLENSK_CITY_OKTMO,
    tags: [],
  },
  {
    inn: syntheticInn('5718', 1),
    name: 'Отдел образования администрации Знаменского района Орловской области',
    shortName: 'Отдел образования Знаменского района',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: ZNAMENSKY_OKTMO,
    tags: [],
  },
  {
    inn: syntheticInn('7801', 1),
    name: 'Государственное бюджетное учреждение дополнительного профессионального образования «Санкт-Петербургская академия постдипломного педагогического образования имени К.Д. Ушинского»',
    shortName: 'СПб АППО (Центр развития наставничества)',
    kind: 'METHODICAL_CENTER',
    municipalityOktmo: SPB_CENTRAL_OKTMO,
    website: 'https://spbappo.ru/tsentr-razvitiya-nastavnichestva/',
    tags: [],
  },
  {
    inn: syntheticInn('7801', 2),
    name: 'Комитет по образованию Санкт-Петербурга',
    shortName: 'Комитет по образованию',
    kind: 'EDUCATION_AUTHORITY',
    municipalityOktmo: SPB_CENTRAL_OKTMO,
    tags: [],
  },
];

/** Project tags spread over the schools so filters have something to find. */
function schoolTags(index: number): string[] {
  const tags: string[] = [];
  if (index % 3 === 0) tags.push('Точка роста');
  if (index % 7 === 2) tags.push('500+');
  return tags;
}

/** Two schools in every demo municipality; issue 4 brings the full 300 of Smolensk. */
function demoSchools(): DemoOrganization[] {
  const serials: Record<string, number> = {};
  return DEMO_MUNICIPALITIES.flatMap((municipality, municipalityIndex) =>
    [1, 2].map((number) => {
      const taxOffice = TAX_OFFICE_BY_REGION[municipality.regionCode]!;
      serials[taxOffice] = (serials[taxOffice] ?? 100) + 1;
      const schoolNumber = municipality.regionCode === '78' ? municipalityIndex * 2 + number : number;
      const name = municipality.regionCode === '78'
        ? `Государственное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № ${schoolNumber} (${municipality.name} Санкт-Петербурга)`
        : `Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № ${schoolNumber}» (${municipality.name})`;
      const shortName = `${municipality.regionCode === '78' ? 'ГБОУ СОШ' : 'МБОУ СШ'} № ${schoolNumber} (${municipality.name})`;
      return {
        inn: syntheticInn(taxOffice, serials[taxOffice]!),
        name,
        shortName,
        kind: 'GENERAL_EDUCATION' as const,
        municipalityOktmo: municipality.oktmo,
        tags: schoolTags(municipalityIndex * 2 + number),
      };
    }),
  );
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [...AUTHORITIES_AND_CENTRES, ...demoSchools()];

export const demoOrganizationsIn = (oktmo: string) => DEMO_ORGANIZATIONS.filter((organization) => organization.municipalityOktmo === oktmo);
