import { Migration } from '@mikro-orm/migrations';

/**
 * The young-specialist catalogue's `rule` says plainly which parts are the system's reading, not the seeds' words:
 * 000 «стаж работы» and 004 «опыт работы» are both read as pedagogical experience; 004 «от 0 до 3 лет» as under 3 full
 * years; 004's «проживающих в субъекте Российской Федерации» is not applied (the registry holds no residence); and the
 * answer is unknown (null) where the registry lacks the birth date or the working history.
 */
const RULES: Record<string, { before: string; after: string }> = {
  UNDER_35_UNDER_3_YEARS: {
    before:
      'Педагогический работник на дату (текущее трудоустройство педагогическим работником), полных лет меньше 35, полных лет педагогического стажа меньше 3.',
    after:
      'Прочтение системы (не слова документа): педагогический работник на дату (текущее трудоустройство педагогическим работником), полных лет меньше 35, полных лет педагогического стажа меньше 3 — «стаж работы» читается как педагогический стаж. Неизвестно (null), если в реестре нет даты рождения или истории работы.',
  },
  EXPERIENCE_0_3_YEARS: {
    before:
      'Учитель на дату (педагогический работник, должность начинается со слова «учитель»; не педагог дополнительного образования, не заместитель директора), любого возраста, полных лет педагогического стажа от 0 до меньше 3: «до 3 лет» читается так же, как «до 35 лет» в показателе Смоленской области.',
    after:
      'Прочтение системы (не слова документа): учитель на дату (педагогический работник, должность начинается со слова «учитель»; не педагог дополнительного образования, не заместитель директора), любого возраста, полных лет педагогического стажа от 0 до меньше 3 — «опыт работы» читается как педагогический стаж, «от 0 до 3 лет» как меньше 3 полных лет (так же, как «до 35 лет» в показателе Смоленской области). «Проживающих в субъекте Российской Федерации» не применяется: места жительства в реестре нет. Неизвестно (null), если в реестре нет истории работы.',
  },
};
const text = (value: string) => `'${value.replace(/'/g, "''")}'`;

export class Migration20261123093000_young_specialist_readings extends Migration {
  override name = 'Migration20261123093000_young_specialist_readings';

  override up(): void {
    for (const [code, { before, after }] of Object.entries(RULES)) {
      this.addSql(
        `update "registry"."young_specialist_definition" set "rule" = ${text(after)} where "code" = ${text(code)} and "rule" = ${text(before)};`,
      );
    }
  }

  override down(): void {
    for (const [code, { before, after }] of Object.entries(RULES)) {
      this.addSql(
        `update "registry"."young_specialist_definition" set "rule" = ${text(before)} where "code" = ${text(code)} and "rule" = ${text(after)};`,
      );
    }
  }
}
