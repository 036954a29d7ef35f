import { Migration } from '@mikro-orm/migrations';

export class Migration20261122152630_students_appointments extends Migration {
  override name = 'Migration20261122152630_students_appointments';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "registry"."enrollment" ("id" uuid not null, "person_id" uuid not null, "organization_id" uuid not null, "level_kind" text not null, "level" smallint not null, "start_date" date not null, "end_date" date null, primary key ("id"));`,
    );
    this.addSql(`create index "enrollment_person_id_index" on "registry"."enrollment" ("person_id");`);
    this.addSql(`create index "enrollment_organization_id_index" on "registry"."enrollment" ("organization_id");`);

    this.addSql(
      `create table "registry"."appointment" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "organization_id" uuid null, "municipality_id" uuid null, "region_id" uuid null, "order_number" varchar(255) not null, "order_date" date not null, "start_date" date not null, "end_date" date null, primary key ("id"));`,
    );
    this.addSql(`create index "appointment_person_id_index" on "registry"."appointment" ("person_id");`);
    this.addSql(`create index "appointment_kind_index" on "registry"."appointment" ("kind");`);
    this.addSql(`create index "appointment_organization_id_index" on "registry"."appointment" ("organization_id");`);
    this.addSql(`create index "appointment_municipality_id_index" on "registry"."appointment" ("municipality_id");`);
    this.addSql(`create index "appointment_region_id_index" on "registry"."appointment" ("region_id");`);

    this.addSql(
      `alter table "registry"."enrollment" add constraint "enrollment_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id");`,
    );
    this.addSql(
      `alter table "registry"."enrollment" add constraint "enrollment_organization_id_foreign" foreign key ("organization_id") references "registry"."organization" ("id");`,
    );
    this.addSql(
      `alter table "registry"."enrollment" add constraint "enrollment_level_kind_check" check ("level_kind" in ('SCHOOL_GRADE', 'SPO_COURSE'));`,
    );

    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_person_id_foreign" foreign key ("person_id") references "registry"."person" ("id");`,
    );
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_organization_id_foreign" foreign key ("organization_id") references "registry"."organization" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_municipality_id_foreign" foreign key ("municipality_id") references "registry"."municipality" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_region_id_foreign" foreign key ("region_id") references "registry"."region" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "registry"."appointment" add constraint "appointment_kind_check" check ("kind" in ('SCHOOL_CURATOR', 'SCHOOL_HEAD', 'MUNICIPAL_COORDINATOR', 'REGIONAL_OPERATOR', 'RMA_CANDIDATE', 'MENTORS_ASSOCIATION_MEMBER'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "registry"."enrollment" cascade;`);
    this.addSql(`drop table if exists "registry"."appointment" cascade;`);
  }
}
