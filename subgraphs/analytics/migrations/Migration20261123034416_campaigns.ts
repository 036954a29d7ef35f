import { Migration } from '@mikro-orm/migrations';

export class Migration20261123034416_campaigns extends Migration {
  override name = 'Migration20261123034416_campaigns';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "analytics"."monitoring_campaign" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" text not null, "region_id" uuid not null, "region_code" varchar(255) not null, "status" text not null, "period_start" date null, "period_end" date not null, "opens_on" date not null, "organization_deadline" date not null, "coordinator_deadline" date not null, "operator_deadline" date not null, "target_kinds" text[] not null, "data_origin" text not null default 'ENTERED', "source" jsonb null, primary key ("id"));`,
    );
    this.addSql(
      `create index "monitoring_campaign_region_id_index" on "analytics"."monitoring_campaign" ("region_id");`,
    );
    this.addSql(
      `create index "monitoring_campaign_region_code_index" on "analytics"."monitoring_campaign" ("region_code");`,
    );

    this.addSql(
      `create table "analytics"."campaign_submission" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "campaign_id" uuid not null, "organization_id" uuid not null, "status" text not null, "return_reason" text null, "submitted_on" date null, "returned_on" date null, "coordinator_accepted_on" date null, "operator_accepted_on" date null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_submission_campaign_id_index" on "analytics"."campaign_submission" ("campaign_id");`,
    );
    this.addSql(
      `create index "campaign_submission_organization_id_index" on "analytics"."campaign_submission" ("organization_id");`,
    );
    this.addSql(`create index "campaign_submission_status_index" on "analytics"."campaign_submission" ("status");`);
    this.addSql(
      `alter table "analytics"."campaign_submission" add constraint "campaign_submission_campaign_id_organization_id_unique" unique ("campaign_id", "organization_id");`,
    );

    this.addSql(
      `create table "analytics"."campaign_question" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "campaign_id" uuid not null, "position" smallint not null, "code" varchar(255) not null, "text" text not null, "kind" text not null, "options" text[] not null, "required" boolean not null, "max_length" int null, "indicator_code" varchar(255) null, "aggregation" text null, "data_origin" text not null default 'ENTERED', "source" jsonb null, primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_question_campaign_id_index" on "analytics"."campaign_question" ("campaign_id");`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_campaign_id_code_unique" unique ("campaign_id", "code");`,
    );

    this.addSql(
      `create table "analytics"."campaign_answer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "submission_id" uuid not null, "question_id" uuid not null, "yes_value" boolean null, "number_value" numeric(20,6) null, "choice_value" text null, "text_value" text null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_answer_submission_id_index" on "analytics"."campaign_answer" ("submission_id");`,
    );
    this.addSql(`create index "campaign_answer_question_id_index" on "analytics"."campaign_answer" ("question_id");`);
    this.addSql(
      `alter table "analytics"."campaign_answer" add constraint "campaign_answer_submission_id_question_id_unique" unique ("submission_id", "question_id");`,
    );

    this.addSql(
      `alter table "analytics"."monitoring_campaign" add constraint "monitoring_campaign_title_length" check (char_length("title") <= 500);`,
    );
    this.addSql(
      `alter table "analytics"."monitoring_campaign" add constraint "monitoring_campaign_deadlines_in_order" check ("opens_on" <= "organization_deadline" and "organization_deadline" <= "coordinator_deadline" and "coordinator_deadline" <= "operator_deadline");`,
    );
    this.addSql(
      `alter table "analytics"."monitoring_campaign" add constraint "monitoring_campaign_status_check" check ("status" in ('DRAFT', 'OPEN', 'CLOSED'));`,
    );
    this.addSql(
      `alter table "analytics"."monitoring_campaign" add constraint "monitoring_campaign_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "analytics"."campaign_submission" add constraint "campaign_submission_campaign_id_foreign" foreign key ("campaign_id") references "analytics"."monitoring_campaign" ("id");`,
    );
    this.addSql(
      `alter table "analytics"."campaign_submission" add constraint "campaign_submission_return_reason_length" check (char_length("return_reason") <= 1000);`,
    );
    this.addSql(
      `alter table "analytics"."campaign_submission" add constraint "campaign_submission_status_check" check ("status" in ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR'));`,
    );
    this.addSql(
      `alter table "analytics"."campaign_submission" add constraint "campaign_submission_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_campaign_id_foreign" foreign key ("campaign_id") references "analytics"."monitoring_campaign" ("id");`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_indicator_code_foreign" foreign key ("indicator_code") references "analytics"."indicator" ("code") on delete set null;`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_text_length" check (char_length("text") <= 1000);`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_indicator_with_aggregation" check (("indicator_code" is null) = ("aggregation" is null));`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_kind_check" check ("kind" in ('NUMBER', 'PERCENT', 'YES_NO', 'CHOICE', 'TEXT', 'URL', 'FILE_LINK'));`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_aggregation_check" check ("aggregation" in ('SHARE_YES', 'SUM', 'AVERAGE'));`,
    );
    this.addSql(
      `alter table "analytics"."campaign_question" add constraint "campaign_question_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "analytics"."campaign_answer" add constraint "campaign_answer_submission_id_foreign" foreign key ("submission_id") references "analytics"."campaign_submission" ("id");`,
    );
    this.addSql(
      `alter table "analytics"."campaign_answer" add constraint "campaign_answer_question_id_foreign" foreign key ("question_id") references "analytics"."campaign_question" ("id");`,
    );
    this.addSql(
      `alter table "analytics"."campaign_answer" add constraint "campaign_answer_text_length" check (char_length("text_value") <= 10000);`,
    );
    this.addSql(
      `alter table "analytics"."campaign_answer" add constraint "campaign_answer_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    // THE CONTRACT with the indicators' side: reported values of monitoring, one row per answer of a question bound to
    // an indicator in a form accepted by the coordinator or the operator (yes → 1, no → 0; numbers as given).
    // The same SQL as the view entity (campaigns/indicator-answer.view.ts), so the schema generator sees no difference.
    this.addSql(
      `create view "analytics"."campaign_indicator_answer" as select q.indicator_code::text as indicator_code, q.aggregation::text as aggregation, c.id as campaign_id, c.title as campaign_title, c.period_end as period_end, s.organization_id as organization_id, (case when q.kind = 'YES_NO' then case when a.yes_value then 1 else 0 end else a.number_value end)::numeric as number_value from analytics.campaign_answer a join analytics.campaign_question q on q.id = a.question_id join analytics.campaign_submission s on s.id = a.submission_id join analytics.monitoring_campaign c on c.id = s.campaign_id where q.indicator_code is not null and s.status in ('ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR') and (a.yes_value is not null or a.number_value is not null);`,
    );
    this.addSql(
      `comment on view "analytics"."campaign_indicator_answer" is 'Мониторинг → показатель: one row per answer of an indicator-bound question in an accepted form (ACCEPTED_BY_COORDINATOR or ACCEPTED_BY_OPERATOR); yes = 1, no = 0, numbers as given. Reported values, read beside computed ones.';`,
    );
    this.addSql(
      `comment on column "analytics"."campaign_indicator_answer"."period_end" is 'Конец отчётного периода of the campaign, e.g. 2021-06-30 for the first half of 2021.';`,
    );
    this.addSql(
      `comment on column "analytics"."campaign_indicator_answer"."aggregation" is 'SHARE_YES (share of organizations answering yes), SUM or AVERAGE.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "analytics"."campaign_indicator_answer" cascade;`);
    this.addSql(
      `alter table "analytics"."campaign_submission" drop constraint "campaign_submission_campaign_id_foreign";`,
    );
    this.addSql(`alter table "analytics"."campaign_question" drop constraint "campaign_question_campaign_id_foreign";`);
    this.addSql(`alter table "analytics"."campaign_answer" drop constraint "campaign_answer_submission_id_foreign";`);
    this.addSql(`alter table "analytics"."campaign_answer" drop constraint "campaign_answer_question_id_foreign";`);

    this.addSql(`drop table if exists "analytics"."monitoring_campaign" cascade;`);
    this.addSql(`drop table if exists "analytics"."campaign_submission" cascade;`);
    this.addSql(`drop table if exists "analytics"."campaign_question" cascade;`);
    this.addSql(`drop table if exists "analytics"."campaign_answer" cascade;`);
  }
}
