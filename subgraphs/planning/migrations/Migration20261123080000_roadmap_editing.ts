import { Migration } from '@mikro-orm/migrations';

/**
 * Roadmaps people can run (issue 12): roadmaps and items are versioned (optimistic locking) and remember who entered
 * them; a roadmap's owner matches its level; items gain a section, the structured reading of their schedule (period and
 * an RFC 5545 recurrence beside the deadline), registry references of the responsible, and the item one level up they
 * implement. A recurring item has a completion record per occurrence (deadline), so the one-valid-record index now
 * covers (item, occurrence). planning_pub.roadmap_item_completion publishes, one row per item, what its status is
 * derived from.
 */
export class Migration20261123080000_roadmap_editing extends Migration {
  override name = 'Migration20261123080000_roadmap_editing';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "planning"."roadmap" add "version" int not null default 1, add "created_by" varchar(255) null;`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_years_in_order" check ("start_year" <= "end_year");`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_owner_of_level" check (("level" = 'REGION' and "region_id" is not null and "municipality_id" is null and "organization_id" is null) or ("level" = 'MUNICIPALITY' and "municipality_id" is not null and "region_id" is null and "organization_id" is null) or ("level" = 'ORGANIZATION' and "organization_id" is not null and "region_id" is null and "municipality_id" is null));`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_title_length" check (char_length("title") <= 1000);`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_approved_by_length" check (char_length("approved_by") <= 2000);`,
    );

    this.addSql(
      `alter table "planning"."roadmap_item" add "version" int not null default 1, add "section" text null, add "period_start" date null, add "period_end" date null, add "recurrence" text null, add "responsible_organization_ids" jsonb not null default '[]', add "responsible_person_ids" jsonb not null default '[]', add "implements_item_id" uuid null;`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" alter column "responsible_organization_ids" drop default, alter column "responsible_person_ids" drop default;`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_implements_item_id_foreign" foreign key ("implements_item_id") references "planning"."roadmap_item" ("id") on delete set null;`,
    );
    this.addSql(
      `create index "roadmap_item_implements_item_id_index" on "planning"."roadmap_item" ("implements_item_id");`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_number_unique" unique ("roadmap_id", "number");`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_period_in_order" check ("period_start" is null or "period_end" is null or "period_start" <= "period_end");`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_activity_length" check (char_length("activity") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_schedule_length" check (char_length("schedule") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_responsible_length" check (char_length("responsible") <= 2000);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_expected_result_length" check (char_length("expected_result") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_recurrence_length" check (char_length("recurrence") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_section_check" check ("section" in ('NORMATIVE', 'COORDINATION', 'ORGANIZATIONAL_METHODICAL', 'INFORMATIONAL', 'MONITORING', 'REPORTING'));`,
    );

    this.addSql(`alter table "planning"."roadmap_item_completion" add "occurrence_on" date null;`);
    this.addSql(`drop index "planning"."roadmap_item_completion_valid_unique";`);
    this.addSql(
      `create unique index "roadmap_item_completion_valid_unique" on "planning"."roadmap_item_completion" ("item_id", "occurrence_on") nulls not distinct where "withdrawn_at" is null;`,
    );

    this.addSql(`
      create or replace view "planning_pub"."roadmap_item_completion" as
      select r."id" as "roadmap_id", r."level", r."region_id", r."municipality_id", r."organization_id",
             r."start_year" as "roadmap_start_year", r."end_year" as "roadmap_end_year",
             i."id" as "item_id", i."number", i."section", i."due_date", i."period_start", i."period_end",
             i."recurrence", i."implements_item_id",
             c."completion_count", c."completed_on", c."occurrences_completed",
             (r."data_origin" = 'SYNTHETIC' or i."data_origin" = 'SYNTHETIC') as "synthetic"
      from "planning"."roadmap_item" i
      join "planning"."roadmap" r on r."id" = i."roadmap_id"
      left join lateral (
        select count(*)::int as "completion_count", max(rc."completed_on") as "completed_on",
               coalesce(array_agg(rc."occurrence_on" order by rc."occurrence_on") filter (where rc."occurrence_on" is not null), '{}') as "occurrences_completed"
        from "planning"."roadmap_item_completion" rc
        where rc."item_id" = i."id" and rc."withdrawn_at" is null
      ) c on true;`);
    this.addSql(
      `comment on view "planning_pub"."roadmap_item_completion" is 'Выполнение мероприятий дорожных карт, one row per item: its roadmap (level and owner: region, municipality or organization ids of the registry; period in years), number, section, the system''s reading of its schedule (due_date, period_start/period_end, an RFC 5545 RRULE in recurrence whose occurrences are deadlines), the item one level up it implements, and its valid (not withdrawn) completion records: how many, the latest completion date, and for a recurring item the occurrences (deadlines) answered. An item is DONE only with completion records (a recurring one: every deadline answered); a deadline passed without a record means none was recorded, not that the item was not done. synthetic: demo data.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "planning_pub"."roadmap_item_completion";`);
    this.addSql(`drop index "planning"."roadmap_item_completion_valid_unique";`);
    this.addSql(
      `create unique index "roadmap_item_completion_valid_unique" on "planning"."roadmap_item_completion" ("item_id") where "withdrawn_at" is null;`,
    );
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_implements_item_id_foreign";`);

    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_years_in_order";`);
    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_owner_of_level";`);
    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_title_length";`);
    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_approved_by_length";`);
    this.addSql(`alter table "planning"."roadmap" drop column "version", drop column "created_by";`);

    this.addSql(`drop index "planning"."roadmap_item_implements_item_id_index";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_number_unique";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_period_in_order";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_activity_length";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_schedule_length";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_responsible_length";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_expected_result_length";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_recurrence_length";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_section_check";`);
    this.addSql(
      `alter table "planning"."roadmap_item" drop column "version", drop column "section", drop column "period_start", drop column "period_end", drop column "recurrence", drop column "responsible_organization_ids", drop column "responsible_person_ids", drop column "implements_item_id";`,
    );

    this.addSql(`alter table "planning"."roadmap_item_completion" drop column "occurrence_on";`);
  }
}
