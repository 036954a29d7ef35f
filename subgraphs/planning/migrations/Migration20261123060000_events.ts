import { Migration } from '@mikro-orm/migrations';

/**
 * Events (мероприятия) and the participation of organizations and people in them, and planning_pub, version 1: the
 * participation analytics reads for the roadmaps' «Не менее 50% ОО приняли участие» — per organization, event kind
 * and year, whether it took part. Other domains read this view, never planning's tables.
 */
export class Migration20261123060000_events extends Migration {
  override name = 'Migration20261123060000_events';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "planning"."event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text not null, "title" text not null, "description" text null, "schedule" text null, "start_date" date null, "end_date" date null, "organizer_organization_id" uuid null, "organizer_name" text null, "format" text null, "audience_roles" jsonb not null, "audience_levels" jsonb not null, "hours" smallint null, "programme" text null, "roadmap_item_id" uuid null, "region_id" uuid not null, "municipality_id" uuid null, "organization_id" uuid null, "note" text null, "source" jsonb null, "data_origin" text not null default 'ENTERED', "created_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "event_start_date_index" on "planning"."event" ("start_date");`);
    this.addSql(`create index "event_roadmap_item_id_index" on "planning"."event" ("roadmap_item_id");`);
    this.addSql(`create index "event_region_id_index" on "planning"."event" ("region_id");`);
    this.addSql(`create index "event_municipality_id_index" on "planning"."event" ("municipality_id");`);

    this.addSql(
      `create table "planning"."event_participation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "event_id" uuid not null, "organization_id" uuid not null, "person_id" uuid null, "status" text not null default 'REGISTERED', "registered_by" varchar(255) null, "attendance_recorded_by" varchar(255) null, "attendance_recorded_at" timestamptz null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(`create index "event_participation_event_id_index" on "planning"."event_participation" ("event_id");`);
    this.addSql(
      `create index "event_participation_organization_id_index" on "planning"."event_participation" ("organization_id");`,
    );
    this.addSql(
      `create index "event_participation_person_id_index" on "planning"."event_participation" ("person_id");`,
    );
    this.addSql(
      `create unique index "event_participation_unique" on "planning"."event_participation" ("event_id", "organization_id", "person_id") nulls not distinct;`,
    );

    this.addSql(
      `alter table "planning"."event" add constraint "event_roadmap_item_id_foreign" foreign key ("roadmap_item_id") references "planning"."roadmap_item" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_seed_has_source" check ("data_origin" <> 'SEED' or "source" is not null);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_dates_in_order" check ("end_date" is null or "start_date" <= "end_date");`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_end_needs_start" check ("end_date" is null or "start_date" is not null);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_entered_is_dated" check ("data_origin" <> 'ENTERED' or ("start_date" is not null and "end_date" is not null and "format" is not null));`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_organizer_given" check ("organizer_organization_id" is not null or "organizer_name" is not null);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_hours_of_courses" check ("hours" is null or ("kind" = 'COURSE' and "hours" > 0));`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_programme_of_courses" check ("programme" is null or "kind" = 'COURSE');`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_title_length" check (char_length("title") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_description_length" check (char_length("description") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_programme_length" check (char_length("programme") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_organizer_name_length" check (char_length("organizer_name") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_kind_check" check ("kind" in ('WEBINAR', 'SEMINAR', 'ONLINE_SEMINAR', 'COURSE', 'START_SESSION', 'CONFERENCE', 'ROUND_TABLE', 'MASTER_CLASS', 'FESTIVAL', 'CONTEST'));`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_format_check" check ("format" in ('ONLINE', 'OFFLINE', 'MIXED'));`,
    );
    this.addSql(
      `alter table "planning"."event" add constraint "event_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."event_participation" add constraint "event_participation_event_id_foreign" foreign key ("event_id") references "planning"."event" ("id");`,
    );
    this.addSql(
      `alter table "planning"."event_participation" add constraint "event_participation_status_check" check ("status" in ('REGISTERED', 'ATTENDED', 'COMPLETED'));`,
    );
    this.addSql(
      `alter table "planning"."event_participation" add constraint "event_participation_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`create schema if not exists "planning_pub";`);
    this.addSql(`
      create view "planning_pub"."event_participation" as
      select p."organization_id", e."kind" as "event_kind", extract(year from e."start_date")::int as "year",
             bool_or(p."status" in ('ATTENDED', 'COMPLETED')) as "took_part",
             count(distinct e."id")::int as "events_registered",
             count(distinct e."id") filter (where p."status" in ('ATTENDED', 'COMPLETED'))::int as "events_attended",
             count(distinct p."person_id") filter (where p."status" in ('ATTENDED', 'COMPLETED'))::int as "people_attended",
             count(distinct p."person_id") filter (where p."status" = 'COMPLETED')::int as "people_completed",
             bool_or(p."data_origin" = 'SYNTHETIC') as "synthetic"
      from "planning"."event_participation" p
      join "planning"."event" e on e."id" = p."event_id"
      where e."start_date" is not null
      group by p."organization_id", e."kind", extract(year from e."start_date");`);
    this.addSql(
      `comment on view "planning_pub"."event_participation" is 'Участие организаций в мероприятиях: one row per organization, event kind and year (of the event''s start) with any registration; took_part when the organization or one of its people attended (ATTENDED or COMPLETED) — a registration alone is not participation. Events without a known date are left out. synthetic: some of the rows counted are demo data.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "planning_pub"."event_participation";`);
    this.addSql(`drop schema if exists "planning_pub";`);
    this.addSql(`alter table "planning"."event_participation" drop constraint "event_participation_event_id_foreign";`);

    this.addSql(`drop table if exists "planning"."event" cascade;`);
    this.addSql(`drop table if exists "planning"."event_participation" cascade;`);
  }
}
