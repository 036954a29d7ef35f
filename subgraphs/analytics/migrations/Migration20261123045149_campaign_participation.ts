import { Migration } from '@mikro-orm/migrations';

export class Migration20261123045149_campaign_participation extends Migration {
  override name = 'Migration20261123045149_campaign_participation';

  override up(): void | Promise<void> {
    this.addSql(`drop view if exists "analytics"."campaign_indicator_answer" cascade;`);
    this.addSql(`alter table "analytics"."monitoring_campaign" add "participation_indicator_code" varchar(255) null;`);
    this.addSql(
      `alter table "analytics"."monitoring_campaign" add constraint "monitoring_campaign_participation_indicator_code_foreign" foreign key ("participation_indicator_code") references "analytics"."indicator" ("code") on delete set null;`,
    );

    this.addSql(
      `create view "analytics"."campaign_indicator_answer" as select q.indicator_code::text as indicator_code, q.aggregation::text as aggregation, c.id as campaign_id, c.title as campaign_title, c.period_end as period_end, s.organization_id as organization_id, (case when q.kind = 'YES_NO' then case when a.yes_value then 1 else 0 end else a.number_value end)::numeric as number_value, a.data_origin::text as data_origin from analytics.campaign_answer a join analytics.campaign_question q on q.id = a.question_id join analytics.campaign_submission s on s.id = a.submission_id join analytics.monitoring_campaign c on c.id = s.campaign_id where q.indicator_code is not null and s.status in ('ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR') and (a.yes_value is not null or a.number_value is not null);`,
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
    this.addSql(
      `comment on column "analytics"."campaign_indicator_answer"."data_origin" is 'Происхождение ответа: a figure aggregated from SYNTHETIC demo answers is marked so.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "analytics"."campaign_indicator_answer" cascade;`);
    this.addSql(
      `alter table "analytics"."monitoring_campaign" drop constraint "monitoring_campaign_participation_indicator_code_foreign";`,
    );

    this.addSql(`alter table "analytics"."monitoring_campaign" drop column "participation_indicator_code";`);

    this.addSql(
      `create view "analytics"."campaign_indicator_answer" as select q.indicator_code::text as indicator_code, q.aggregation::text as aggregation, c.id as campaign_id, c.title as campaign_title, c.period_end as period_end, s.organization_id as organization_id, (case when q.kind = 'YES_NO' then case when a.yes_value then 1 else 0 end else a.number_value end)::numeric as number_value from analytics.campaign_answer a join analytics.campaign_question q on q.id = a.question_id join analytics.campaign_submission s on s.id = a.submission_id join analytics.monitoring_campaign c on c.id = s.campaign_id where q.indicator_code is not null and s.status in ('ACCEPTED_BY_COORDINATOR', 'ACCEPTED_BY_OPERATOR') and (a.yes_value is not null or a.number_value is not null);`,
    );
  }
}
