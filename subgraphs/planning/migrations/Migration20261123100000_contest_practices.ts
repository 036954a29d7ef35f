import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12, item 4: the best-practice contest's winners enter the bank of practices. An application may propose a
 * practice (title, summary, form, authors, materials; the applying school is its organization), typed once here;
 * planning_pub.contest_practice publishes the WINNER and PRIZE_WINNER proposals of published contests, which
 * mentoring's Query.practices reads at query time beside the bank's own practices.
 */
export class Migration20261123100000_contest_practices extends Migration {
  override name = 'Migration20261123100000_contest_practices';

  override up(): void | Promise<void> {
    this.addSql(`alter table "planning"."contest_application" drop constraint "contest_application_entry";`);
    this.addSql(
      `alter table "planning"."contest_application" add "proposal_title" text null, add "proposal_summary" text null, add "proposal_form_code" varchar(255) null, add "proposal_author_person_ids" text[] null, add "proposal_materials_url" varchar(255) null;`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_proposal" check (("proposal_title" is null) = ("proposal_summary" is null) and ("proposal_title" is null) = ("proposal_author_person_ids" is null) and char_length("proposal_title") <= 500 and char_length("proposal_summary") <= 4000);`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_entry" check (num_nonnulls("pair_id", "practice_id", "proposal_title") = 1);`,
    );
    this.addSql(`
      create view "planning_pub"."contest_practice" as
      select a."id" as "practice_id", a."proposal_title" as "title", a."proposal_summary" as "summary",
             a."organization_id", a."proposal_author_person_ids"::uuid[] as "author_person_ids",
             a."proposal_form_code" as "form_code", c."year", a."proposal_materials_url" as "materials_url",
             c."id" as "contest_id", c."title" as "contest_title", a."result"::text as "result",
             c."results_published_at"::date as "published_on",
             case when a."data_origin" = 'SYNTHETIC' or c."data_origin" = 'SYNTHETIC' then 'SYNTHETIC'
                  else a."data_origin" end as "data_origin"
      from "planning"."contest_application" a
      join "planning"."contest" c on c."id" = a."contest_id"
      where c."results_published_at" is not null and a."proposal_title" is not null
        and a."result" in ('WINNER', 'PRIZE_WINNER');`);
    this.addSql(
      `comment on view "planning_pub"."contest_practice" is 'Практики — победители и призёры конкурсов лучших практик (банк эффективных практик): one row per practice proposed with an application that won (WINNER) or took a prize (PRIZE_WINNER) in a contest whose results are published; practice_id is the application id; its title, summary, organization (the applying school), authors (registry person ids), form code, the contest''s year, id and title, the result, the publication day; data_origin SYNTHETIC for demo data. Nothing before publication, no PARTICIPANT.';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop view if exists "planning_pub"."contest_practice";`);
    this.addSql(`alter table "planning"."contest_application" drop constraint "contest_application_proposal";`);
    this.addSql(`alter table "planning"."contest_application" drop constraint "contest_application_entry";`);
    this.addSql(
      `alter table "planning"."contest_application" drop column "proposal_title", drop column "proposal_summary", drop column "proposal_form_code", drop column "proposal_author_person_ids", drop column "proposal_materials_url";`,
    );
    this.addSql(
      `alter table "planning"."contest_application" add constraint "contest_application_entry" check (("pair_id" is not null) <> ("practice_id" is not null));`,
    );
  }
}
