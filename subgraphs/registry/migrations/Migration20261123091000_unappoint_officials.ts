import { Migration } from '@mikro-orm/migrations';

/**
 * Installations that loaded the earlier demo data hold two appointments no seed makes: Боброва Е. А. and Зайцева К. С.
 * as REGIONAL_OPERATOR, citing «ЦНППМ – оператор» (seed 000) and «Создание на базе СПб АППО регионального центра
 * развития наставничества.» (seed 004) — passages that make the organization the operator, not the person. This
 * removes exactly those rows (the SEED person by surname, the kind and the cited passage); both stay SEED people with
 * their printed position at their organization. It also clears what the seeds do not say:
 * - Пехтерева's start of office: seed 003 dates the order (№ 96-Д of 29.04.2022), not the start; the order date stays;
 * - ГАУ ДПО СОИРО's website: seed 000 prints that URL as the «информационный ресурс для сопровождения наставничества
 *   педагогических работников», not as the organization's site.
 * Nothing entered by users matches: each statement names the demo record by its seed values.
 */
const sql = (value: string) => `'${value.replace(/'/g, "''")}'`;

const UNSEEDED_APPOINTMENTS = [
  { lastName: 'Боброва', quote: 'ЦНППМ – оператор' },
  { lastName: 'Зайцева', quote: 'Создание на базе СПб АППО регионального центра развития наставничества.' },
];

export class Migration20261123091000_unappoint_officials extends Migration {
  override name = 'Migration20261123091000_unappoint_officials';

  override up(): void {
    for (const { lastName, quote } of UNSEEDED_APPOINTMENTS) {
      this.addSql(
        `delete from "registry"."appointment" where "kind" = 'REGIONAL_OPERATOR' and "data_origin" = 'SEED' and "source"->>'quote' = ${sql(quote)}
           and "person_id" in (select "id" from "registry"."person" where "last_name" = ${sql(lastName)} and "data_origin" = 'SEED');`,
      );
    }
    this.addSql(
      `update "registry"."appointment" set "start_date" = null
       where "kind" = 'MUNICIPAL_COORDINATOR' and "data_origin" = 'SEED' and "order_number" = '96-Д' and "order_date" = '2022-04-29' and "start_date" = '2022-04-29'
         and "person_id" in (select "id" from "registry"."person" where "last_name" = 'Пехтерева' and "data_origin" = 'SEED');`,
    );
    this.addSql(
      `update "registry"."organization" set "website" = null
       where "short_name" = 'ГАУ ДПО СОИРО (ЦНППМ)' and "data_origin" = 'SEED' and "website" = 'http://dpo-smolensk.ru/cnppmpr/l-ped-nastavnik/';`,
    );
  }

  override down(): void {
    // Nothing is restored: those values were never the seeds' facts.
  }
}
