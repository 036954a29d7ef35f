import { Migration } from '@mikro-orm/migrations';

/**
 * mentoring_pub.organization_system_as_of(date), a new published function for analytics (issue 11): whether an
 * organization had adopted its положение о наставничестве by a date (the order's date), and whether it implemented
 * the model then (положение and a куратор). The existing view keeps its columns: it is a published API.
 */
export class Migration20261123040000_organization_system_as_of extends Migration {
  override name = 'Migration20261123040000_organization_system_as_of';

  override up(): void {
    this.addSql(`
      create or replace function "mentoring_pub"."organization_system_as_of"("as_of" date)
      returns table ("organization_id" uuid, "has_regulation" boolean, "implements_model" boolean)
      language sql stable as $$
        select s."organization_id",
               s."regulation_order_number" is not null and s."regulation_order_date" <= "as_of",
               s."regulation_order_number" is not null and s."regulation_order_date" <= "as_of" and s."curator_person_id" is not null
        from "mentoring"."organization_system" s;
      $$;`);
    this.addSql(
      `comment on function "mentoring_pub"."organization_system_as_of"(date) is 'Система наставничества организации на дату: has_regulation — локальное положение о наставничестве утверждено приказом не позднее даты; implements_model — положение и назначенный куратор (the share-of-organizations indicators).';`,
    );
  }

  override down(): void {
    this.addSql(`drop function if exists "mentoring_pub"."organization_system_as_of"(date);`);
  }
}
