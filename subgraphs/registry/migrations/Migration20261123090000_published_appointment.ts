import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.appointment, version 1: one row per appointment (куратор, руководитель, муниципальный
 * координатор, …) with its territory and order, so other domains (the pair order is the head's, the
 * curator's system is the curator's) check who holds which appointment without reading registry's tables.
 * `in_force`: started by today and not ended, as `Appointment` in GraphQL reads it: a null start date (a seed
 * naming an appointment without its date) counts as started.
 * Columns only get appended in later versions; a change of meaning needs a new view.
 */
export class Migration20261123090000_published_appointment extends Migration {
  override name = 'Migration20261123090000_published_appointment';

  override up(): void {
    this.addSql(`
      create view "registry_pub"."appointment" as
      select a."id" as "appointment_id", a."person_id", a."kind", a."organization_id",
             coalesce(m."oktmo", om."oktmo") as "municipality_oktmo",
             coalesce(r."code", mr."code", omr."code") as "region_code",
             a."order_number", a."order_date", a."start_date", a."end_date",
             ((a."start_date" is null or a."start_date" <= current_date) and (a."end_date" is null or a."end_date" >= current_date)) as "in_force"
      from "registry"."appointment" a
      left join "registry"."organization" o on o."id" = a."organization_id"
      left join "registry"."municipality" om on om."id" = o."municipality_id"
      left join "registry"."region" omr on omr."id" = om."region_id"
      left join "registry"."municipality" m on m."id" = a."municipality_id"
      left join "registry"."region" mr on mr."id" = m."region_id"
      left join "registry"."region" r on r."id" = a."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."appointment" is 'Назначения (куратор, руководитель, координатор, оператор, кандидат в РМА, член методического объединения): one row per appointment with its organization, municipality (ОКТМО), region code and order; in_force = started by today (a null start date, where the seed gives none, counts as started) and not ended, as in GraphQL. Version 1: columns are only appended.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."appointment";`);
  }
}
