import { Migration } from '@mikro-orm/migrations';

/**
 * Contests (issue 12, item 4): «Педагогический дуэт» and the best-practice contests, with nominations, jury,
 * applications of mentoring pairs or practices, scores and results; and planning_pub.contest_result, the published
 * results that mentoring's bank of practices and analytics read.
 */
export class Migration20261123085000_contests extends Migration {
  override name = 'Migration20261123085000_contests';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "planning"."contest" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kind" text not null, "title" text not null, "year" smallint not null, "region_id" uuid not null, "municipality_id" uuid null, "event_id" uuid null, "schedule" text null, "applications_from" date null, "applications_until" date null, "evaluation_from" date null, "evaluation_until" date null, "results_on" date null, "score_min" smallint null, "score_max" smallint null, "score_step" smallint not null default 1, "scoring_closed_at" timestamptz null, "results_published_at" timestamptz null, "note" text null, "source" jsonb null, "data_origin" text not null default 'ENTERED', "created_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(`create index "contest_region_id_index" on "planning"."contest" ("region_id");`);
    this.addSql(`create index "contest_municipality_id_index" on "planning"."contest" ("municipality_id");`);
    this.addSql(`create index "contest_event_id_index" on "planning"."contest" ("event_id");`);

    this.addSql(
      `create table "planning"."contest_nomination" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contest_id" uuid not null, "title" text not null, "position" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "contest_nomination_contest_id_index" on "planning"."contest_nomination" ("contest_id");`,
    );
    this.addSql(
      `alter table "planning"."contest_nomination" add constraint "contest_nomination_title_unique" unique ("contest_id", "title");`,
    );

    this.addSql(
      `create table "planning"."contest_juror" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "contest_id" uuid not null, "person_id" uuid not null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(`create index "contest_juror_contest_id_index" on "planning"."contest_juror" ("contest_id");`);
    this.addSql(`create index "contest_juror_person_id_index" on "planning"."contest_juror" ("person_id");`);
    this.addSql(
      `alter table "planning"."contest_juror" add constraint "contest_juror_unique" unique ("contest_id", "person_id");`,
    );

    this.addSql(
      `create table "planning"."contest_application" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "contest_id" uuid not null, "nomination_id" uuid null, "pair_id" uuid null, "practice_id" uuid null, "organization_id" uuid not null, "result" text null, "data_origin" text not null default 'ENTERED', "created_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "contest_application_contest_id_index" on "planning"."contest_application" ("contest_id");`,
    );
    this.addSql(
      `create index "contest_application_nomination_id_index" on "planning"."contest_application" ("nomination_id");`,
    );
    this.addSql(`create index "contest_application_pair_id_index" on "planning"."contest_application" ("pair_id");`);
    this.addSql(
      `create index "contest_application_practice_id_index" on "planning"."contest_application" ("practice_id");`,
    );
    this.addSql(
      `create index "contest_application_organization_id_index" on "planning"."contest_application" ("organization_id");`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_pair_unique" unique ("contest_id", "pair_id");`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_practice_unique" unique ("contest_id", "practice_id");`,
    );

    this.addSql(
      `create table "planning"."contest_score" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "application_id" uuid not null, "juror_id" uuid not null, "score" smallint not null, "entered_by" varchar(255) null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(`create index "contest_score_application_id_index" on "planning"."contest_score" ("application_id");`);
    this.addSql(`create index "contest_score_juror_id_index" on "planning"."contest_score" ("juror_id");`);
    this.addSql(
      `alter table "planning"."contest_score" add constraint "contest_score_unique" unique ("application_id", "juror_id");`,
    );

    this.addSql(
      `alter table "planning"."contest" add constraint "contest_event_id_foreign" foreign key ("event_id") references "planning"."event" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_seed_has_source" check ("data_origin" <> 'SEED' or "source" is not null);`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_scale" check (("score_min" is null and "score_max" is null) or ("score_min" >= 0 and "score_min" < "score_max" and "score_step" >= 1));`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_scale_steps" check ("score_min" is null or ("score_max" - "score_min") % "score_step" = 0);`,
    );
    this
      .addSql(`alter table "planning"."contest" add constraint "contest_stages_in_order" check (("applications_from" is null or "applications_until" is null or "applications_from" <= "applications_until")
        and ("evaluation_from" is null or "evaluation_until" is null or "evaluation_from" <= "evaluation_until")
        and ("applications_until" is null or "evaluation_from" is null or "applications_until" <= "evaluation_from")
        and ("evaluation_until" is null or "results_on" is null or "evaluation_until" <= "results_on"));`);
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_entered_is_dated" check ("data_origin" <> 'ENTERED' or ("applications_from" is not null and "applications_until" is not null and "evaluation_from" is not null and "evaluation_until" is not null and "results_on" is not null and "score_min" is not null));`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_results_after_scoring" check ("results_published_at" is null or "scoring_closed_at" is not null);`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_title_length" check (char_length("title") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_kind_check" check ("kind" in ('PEDAGOGICAL_DUET', 'BEST_PRACTICE'));`,
    );
    this.addSql(
      `alter table "planning"."contest" add constraint "contest_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."contest_nomination" add constraint "contest_nomination_contest_id_foreign" foreign key ("contest_id") references "planning"."contest" ("id");`,
    );
    this.addSql(
      `alter table "planning"."contest_nomination" add constraint "contest_nomination_title_length" check (char_length("title") <= 500);`,
    );

    this.addSql(
      `alter table "planning"."contest_juror" add constraint "contest_juror_contest_id_foreign" foreign key ("contest_id") references "planning"."contest" ("id");`,
    );
    this.addSql(
      `alter table "planning"."contest_juror" add constraint "contest_juror_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_contest_id_foreign" foreign key ("contest_id") references "planning"."contest" ("id");`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_nomination_id_foreign" foreign key ("nomination_id") references "planning"."contest_nomination" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_entry" check (("pair_id" is not null) <> ("practice_id" is not null));`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_result_check" check ("result" in ('WINNER', 'PRIZE_WINNER', 'PARTICIPANT'));`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."contest_score" add constraint "contest_score_application_id_foreign" foreign key ("application_id") references "planning"."contest_application" ("id");`,
    );
    this.addSql(
      `alter table "planning"."contest_score" add constraint "contest_score_juror_id_foreign" foreign key ("juror_id") references "planning"."contest_juror" ("id");`,
    );
    this.addSql(
      `alter table "planning"."contest_score" add constraint "contest_score_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`
      create view "planning_pub"."contest_result" as
      select c."id" as "contest_id", c."kind"::text as "contest_kind", c."title" as "contest_title", c."year",
             c."region_id", c."municipality_id", a."nomination_id", n."title" as "nomination_title",
             a."id" as "application_id", a."pair_id", a."practice_id", a."organization_id", a."result"::text as "result",
             coalesce((select sum(s."score") from "planning"."contest_score" s where s."application_id" = a."id"), 0)::int as "total_score",
             c."results_published_at"::date as "published_on",
             (a."data_origin" = 'SYNTHETIC' or c."data_origin" = 'SYNTHETIC') as "synthetic"
      from "planning"."contest_application" a
      join "planning"."contest" c on c."id" = a."contest_id"
      left join "planning"."contest_nomination" n on n."id" = a."nomination_id"
      where c."results_published_at" is not null;`);
    this.addSql(
      `comment on view "planning_pub"."contest_result" is 'Итоги конкурсов (Педагогический дуэт, лучшие практики): one row per application of a contest whose results are published — its nomination, the pair or practice (mentoring ids), the applying organization, result (WINNER, PRIZE_WINNER, PARTICIPANT) and total score of the jury; nothing before publication. synthetic: demo data.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "planning_pub"."contest_result";`);
    this.addSql(`alter table "planning"."contest_nomination" drop constraint "contest_nomination_contest_id_foreign";`);
    this.addSql(`alter table "planning"."contest_juror" drop constraint "contest_juror_contest_id_foreign";`);
    this.addSql(
      `alter table "planning"."contest_application" drop constraint "contest_application_contest_id_foreign";`,
    );
    this.addSql(
      `alter table "planning"."contest_application" drop constraint "contest_application_nomination_id_foreign";`,
    );
    this.addSql(`alter table "planning"."contest_score" drop constraint "contest_score_juror_id_foreign";`);
    this.addSql(`alter table "planning"."contest_score" drop constraint "contest_score_application_id_foreign";`);

    this.addSql(`drop table if exists "planning"."contest" cascade;`);
    this.addSql(`drop table if exists "planning"."contest_nomination" cascade;`);
    this.addSql(`drop table if exists "planning"."contest_juror" cascade;`);
    this.addSql(`drop table if exists "planning"."contest_application" cascade;`);
    this.addSql(`drop table if exists "planning"."contest_score" cascade;`);
  }
}
