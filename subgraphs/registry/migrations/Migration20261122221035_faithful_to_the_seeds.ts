import { Migration } from '@mikro-orm/migrations';

/**
 * Faithful to the seeds (issue 9): people the seeds name keep only what the seeds print — initials instead of a
 * first name, no birth date, no start of employment, appointments without an order the seeds do not give; every
 * person, organization and appointment says where it comes from (data_origin SEED, SYNTHETIC or ENTERED, with the
 * seed's passage for SEED records) and who issued an appointment's order; the catalogue tables of appointment
 * kinds and young-specialist definitions (their rows: the next migration).
 */

export class Migration20261122221035_faithful_to_the_seeds extends Migration {
  override name = 'Migration20261122221035_faithful_to_the_seeds';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "registry"."appointment_kind" ("code" text not null, "position" smallint not null, "name" varchar(255) not null, "source" jsonb not null, "definition" text null, "definition_source" jsonb null, "also_in" jsonb not null, primary key ("code"));`,
    );

    this.addSql(
      `create table "registry"."young_specialist_definition" ("code" text not null, "position" smallint not null, "name" varchar(255) not null, "source" jsonb not null, "definition" text null, "definition_source" jsonb null, "also_in" jsonb not null, "rule" text not null, primary key ("code"));`,
    );

    this.addSql(
      `alter table "registry"."person" add "initials" varchar(255) null, add "data_origin" text not null default 'ENTERED', add "source" jsonb null;`,
    );
    this.addSql(`alter table "registry"."person" alter column "birth_date" drop not null;`);
    this.addSql(`alter table "registry"."person" alter column "first_name" drop not null;`);
    this.addSql(
      `alter table "registry"."person" add constraint "person_first_name_or_initials" check ("first_name" is not null or "initials" is not null);`,
    );
    this.addSql(
      `alter table "registry"."person" add constraint "person_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "registry"."organization" add "data_origin" text not null default 'ENTERED', add "source" jsonb null;`,
    );
    this.addSql(
      `alter table "registry"."organization" add constraint "organization_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(`alter table "registry"."employment" alter column "start_date" drop not null;`);

    this.addSql(
      `alter table "registry"."appointment" add "issued_by_id" uuid null, add "data_origin" text not null default 'ENTERED', add "source" jsonb null;`,
    );
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_issued_by_id_foreign" foreign key ("issued_by_id") references "registry"."organization" ("id") on delete set null;`,
    );
    this.addSql(`alter table "registry"."appointment" alter column "order_date" drop not null;`);
    this.addSql(`alter table "registry"."appointment" alter column "order_number" drop not null;`);
    this.addSql(`alter table "registry"."appointment" alter column "start_date" drop not null;`);
    this.addSql(`create index "appointment_issued_by_id_index" on "registry"."appointment" ("issued_by_id");`);
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_data_origin_check" check ("data_origin" in ('SEED', 'SYNTHETIC', 'ENTERED'));`,
    );

    this.addSql(
      `alter table "registry"."appointment_kind" add constraint "appointment_kind_code_check" check ("code" in ('SCHOOL_CURATOR', 'SCHOOL_HEAD', 'MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR', 'RMA_CANDIDATE', 'MENTORS_ASSOCIATION_MEMBER'));`,
    );

    this.addSql(
      `alter table "registry"."young_specialist_definition" add constraint "young_specialist_definition_code_check" check ("code" in ('UNDER_35_UNDER_3_YEARS', 'EXPERIENCE_0_3_YEARS'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "registry"."appointment_kind" cascade;`);
    this.addSql(`drop table if exists "registry"."young_specialist_definition" cascade;`);

    this.addSql(`alter table "registry"."appointment" drop constraint "appointment_issued_by_id_foreign";`);

    this.addSql(`drop index "registry"."appointment_issued_by_id_index";`);
    this.addSql(`alter table "registry"."appointment" drop constraint "appointment_data_origin_check";`);
    this.addSql(
      `alter table "registry"."appointment" drop column "issued_by_id", drop column "data_origin", drop column "source";`,
    );
    this.addSql(`alter table "registry"."appointment" alter column "order_number" set not null;`);
    this.addSql(`alter table "registry"."appointment" alter column "order_date" set not null;`);
    this.addSql(`alter table "registry"."appointment" alter column "start_date" set not null;`);

    this.addSql(`alter table "registry"."employment" alter column "start_date" set not null;`);

    this.addSql(`alter table "registry"."organization" drop constraint "organization_data_origin_check";`);
    this.addSql(`alter table "registry"."organization" drop column "data_origin", drop column "source";`);

    this.addSql(`alter table "registry"."person" drop constraint "person_first_name_or_initials";`);
    this.addSql(`alter table "registry"."person" drop constraint "person_data_origin_check";`);
    this.addSql(
      `alter table "registry"."person" drop column "initials", drop column "data_origin", drop column "source";`,
    );
    this.addSql(`alter table "registry"."person" alter column "first_name" set not null;`);
    this.addSql(`alter table "registry"."person" alter column "birth_date" set not null;`);
  }
}
