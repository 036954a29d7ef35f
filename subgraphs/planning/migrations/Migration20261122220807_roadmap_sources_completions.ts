import { Migration } from '@mikro-orm/migrations';

/**
 * Roadmaps as their sources print them: a source and data origin on every
 * roadmap and item, blank cells allowed (schedule, responsible), and status
 * no longer stored — it is derived from completion records (new table) and
 * the dates, so nothing is DONE without evidence.
 *
 * Until now planning had no write path: every roadmap row was the former demo
 * data, which shortened and paraphrased the seeds and marked every dated item
 * DONE. Those rows are removed here rather than relabelled as ENTERED; the
 * demo loader then loads the roadmaps word for word (SEED).
 */
export class Migration20261122220807_roadmap_sources_completions extends Migration {
  override name = 'Migration20261122220807_roadmap_sources_completions';

  override up(): void | Promise<void> {
    this.addSql(`delete from "planning"."roadmap_item";`);
    this.addSql(`delete from "planning"."roadmap";`);

    this.addSql(
      `create table "planning"."roadmap_item_completion" ("id" uuid not null, "item_id" uuid not null, "completed_on" date not null, "evidence" text null, "evidence_url" varchar(255) null, "recorded_by" varchar(255) not null, "recorded_by_role" varchar(255) not null, "recorded_at" timestamptz not null, "withdrawn_at" timestamptz null, "withdrawn_by" varchar(255) null, "withdrawal_reason" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "roadmap_item_completion_item_id_index" on "planning"."roadmap_item_completion" ("item_id");`,
    );
    this.addSql(
      `create unique index "roadmap_item_completion_valid_unique" on "planning"."roadmap_item_completion" ("item_id") where "withdrawn_at" is null;`,
    );

    this.addSql(
      `alter table "planning"."roadmap" add "note" text null, add "source" jsonb null, add "data_origin" text not null default 'ENTERED';`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_seed_has_source" check ("data_origin" <> 'SEED' or "source" is not null);`,
    );
    this.addSql(
      `alter table "planning"."roadmap" add constraint "roadmap_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_status_check";`);
    this.addSql(`alter table "planning"."roadmap_item" drop column "status";`);
    this.addSql(
      `alter table "planning"."roadmap_item" add "source" jsonb null, add "data_origin" text not null default 'ENTERED';`,
    );
    this.addSql(`alter table "planning"."roadmap_item" alter column "responsible" drop not null;`);
    this.addSql(`alter table "planning"."roadmap_item" alter column "schedule" drop not null;`);
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_seed_has_source" check ("data_origin" <> 'SEED' or "source" is not null);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."roadmap_item_completion" add constraint "roadmap_item_completion_item_id_foreign" foreign key ("item_id") references "planning"."roadmap_item" ("id");`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item_completion" add constraint "roadmap_item_completion_evidence_given" check ("evidence" is not null or "evidence_url" is not null);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item_completion" add constraint "roadmap_item_completion_evidence_length" check (char_length("evidence") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."roadmap_item_completion" add constraint "roadmap_item_completion_withdrawal_reason_length" check (char_length("withdrawal_reason") <= 1000);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "planning"."roadmap_item_completion" cascade;`);

    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_seed_has_source";`);
    this.addSql(`alter table "planning"."roadmap" drop constraint "roadmap_data_origin_check";`);
    this.addSql(
      `alter table "planning"."roadmap" drop column "note", drop column "source", drop column "data_origin";`,
    );

    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_seed_has_source";`);
    this.addSql(`alter table "planning"."roadmap_item" drop constraint "roadmap_item_data_origin_check";`);
    this.addSql(`alter table "planning"."roadmap_item" drop column "source", drop column "data_origin";`);
    this.addSql(`alter table "planning"."roadmap_item" add "status" text not null default 'PLANNED';`);
    this.addSql(`alter table "planning"."roadmap_item" alter column "status" drop default;`);
    this.addSql(`alter table "planning"."roadmap_item" alter column "schedule" set not null;`);
    this.addSql(`alter table "planning"."roadmap_item" alter column "responsible" set not null;`);
    this.addSql(
      `alter table "planning"."roadmap_item" add constraint "roadmap_item_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE'));`,
    );
  }
}
