import { Migration } from '@mikro-orm/migrations';

/** Reporting obligations (plans and reports the region requires of its municipalities, seed 000) and the municipalities' submissions against them. */
export class Migration20261123083000_submissions extends Migration {
  override name = 'Migration20261123083000_submissions';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "planning"."reporting_obligation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "region_id" uuid not null, "kind" text not null, "title" text not null, "due_date" date not null, "roadmap_item_id" uuid null, "source" jsonb null, "data_origin" text not null default 'ENTERED', "created_by" varchar(255) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "reporting_obligation_region_id_index" on "planning"."reporting_obligation" ("region_id");`,
    );
    this.addSql(
      `create index "reporting_obligation_roadmap_item_id_index" on "planning"."reporting_obligation" ("roadmap_item_id");`,
    );

    this.addSql(
      `create table "planning"."report_submission" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "obligation_id" uuid not null, "municipality_id" uuid not null, "submitted_on" date not null, "document_title" text null, "document_url" varchar(255) null, "document_number" varchar(255) null, "document_date" date null, "submitted_by" varchar(255) null, "submitted_by_role" varchar(255) null, "on_behalf" boolean not null default false, "withdrawn_at" timestamptz null, "withdrawn_by" varchar(255) null, "withdrawal_reason" text null, "data_origin" text not null default 'ENTERED', primary key ("id"));`,
    );
    this.addSql(
      `create index "report_submission_obligation_id_index" on "planning"."report_submission" ("obligation_id");`,
    );
    this.addSql(
      `create index "report_submission_municipality_id_index" on "planning"."report_submission" ("municipality_id");`,
    );
    this.addSql(
      `create unique index "report_submission_valid_unique" on "planning"."report_submission" ("obligation_id", "municipality_id") where "withdrawn_at" is null;`,
    );

    this.addSql(
      `alter table "planning"."reporting_obligation" add constraint "reporting_obligation_roadmap_item_id_foreign" foreign key ("roadmap_item_id") references "planning"."roadmap_item" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "planning"."reporting_obligation" add constraint "reporting_obligation_seed_has_source" check ("data_origin" <> 'SEED' or "source" is not null);`,
    );
    this.addSql(
      `alter table "planning"."reporting_obligation" add constraint "reporting_obligation_title_length" check (char_length("title") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."reporting_obligation" add constraint "reporting_obligation_kind_check" check ("kind" in ('PLAN', 'REPORT', 'INFORMATION', 'OTHER'));`,
    );
    this.addSql(
      `alter table "planning"."reporting_obligation" add constraint "reporting_obligation_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_obligation_id_foreign" foreign key ("obligation_id") references "planning"."reporting_obligation" ("id");`,
    );
    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_document_given" check ("document_title" is not null or "document_url" is not null or "document_number" is not null);`,
    );
    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_title_length" check (char_length("document_title") <= 500);`,
    );
    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_number_length" check (char_length("document_number") <= 100);`,
    );
    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_reason_length" check (char_length("withdrawal_reason") <= 1000);`,
    );
    this.addSql(
      `alter table "planning"."report_submission" add constraint "report_submission_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "planning"."report_submission" drop constraint "report_submission_obligation_id_foreign";`,
    );

    this.addSql(`drop table if exists "planning"."reporting_obligation" cascade;`);
    this.addSql(`drop table if exists "planning"."report_submission" cascade;`);
  }
}
