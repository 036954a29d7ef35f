import { Migration } from '@mikro-orm/migrations';

const READS = '["planning_pub.event_participation_as_of(date)", "registry_pub.organization_territory"]';

/** Which event kinds fulfil each threshold: the roadmap's own words where it names them, a reading where it does not. */
const READINGS: Record<string, string> = {
  START_SESSION_PARTICIPATION: 'Мероприятия вида «старт-сессия» (START_SESSION).',
  METHODICAL_EVENTS_PARTICIPATION:
    'Мероприятия видов строки: вебинары (WEBINAR), ПК (COURSE), фестиваль (FESTIVAL), конкурс (CONTEST).',
  INFORMATION_EVENTS_PARTICIPATION:
    'Прочтение системы: строка («Банк эффективных практик - Базы данных и реестры - Презентация опыта») не называет вида мероприятий; участием считается участие в мероприятиях, где представляют опыт: конференция, круглый стол, мастер-класс, семинар, онлайн-семинар.',
};

/**
 * The roadmap thresholds «Не менее 50% ОО приняли участие» are computed now that planning publishes participation:
 * their formulas name the function they read and which event kinds count.
 */
export class Migration20261123065000_event_participation_formula extends Migration {
  override name = 'Migration20261123065000_event_participation_formula';

  override up(): void | Promise<void> {
    for (const [code, reading] of Object.entries(READINGS))
      this.addSql(
        `update "analytics"."indicator" set "formula" = jsonb_set(jsonb_set("formula", '{reads}', '${READS}'::jsonb), '{reading}', to_jsonb('${reading}'::text)) where "code" = '${code}';`,
      );
  }

  override down(): void | Promise<void> {
    for (const code of Object.keys(READINGS))
      this.addSql(
        `update "analytics"."indicator" set "formula" = jsonb_set(jsonb_set("formula", '{reads}', '["planning_pub (мероприятия и участники: ещё не опубликованы)", "registry_pub.organization_territory"]'::jsonb), '{reading}', to_jsonb('Участие организаций в мероприятиях: данные появятся, когда планирование опубликует мероприятия и участников (planning_pub); до тех пор значение не вычисляется.'::text)) where "code" = '${code}';`,
      );
  }
}
