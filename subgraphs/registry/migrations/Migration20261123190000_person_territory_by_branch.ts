import { Migration } from '@mikro-orm/migrations';

const COMMENT = `comment on view "registry_pub"."person_territory" is 'Лицо → текущие места работы и обучения → муниципальное образование → субъект РФ, for the person-visibility rule of every subgraph. A person with no current place has one row with empty territory columns; a person may appear more than once for one place (read it as membership).';`;

/**
 * registry_pub.person_territory as three branches of a UNION ALL — employments, enrollments, people with neither —
 * instead of a deduplicating UNION of every current place joined to the territory afterwards. A territory condition
 * (`region_code = ?`) now reaches each branch, which starts from the territory's organizations through their indexes;
 * before, every statement with the person rule read the current places of the whole country. Measured on the seeded
 * nation (1.09 million people): a regional operator's staff page 1,722 ms → 50 ms, its count 1,730 ms → 32 ms, the
 * visibility check of 50 ids 1,993 ms → 56 ms. The view's readers ask membership only (`in`, `exists`), which the
 * duplicates a UNION ALL may keep do not change.
 */
export class Migration20261123190000_person_territory_by_branch extends Migration {
  override name = 'Migration20261123190000_person_territory_by_branch';

  override up(): void {
    // Dropped and created: the union's column types lose the varchar lengths, which create or replace refuses.
    this.addSql(`drop view "registry_pub"."person_territory";`);
    this.addSql(`
      create view "registry_pub"."person_territory" as
      select e."person_id", e."organization_id", m."oktmo" as "municipality_oktmo", r."code" as "region_code"
      from "registry"."employment" e
      join "registry"."organization" o on o."id" = e."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id"
      where e."end_date" is null
      union all
      select en."person_id", en."organization_id", m."oktmo", r."code"
      from "registry"."enrollment" en
      join "registry"."organization" o on o."id" = en."organization_id"
      join "registry"."municipality" m on m."id" = o."municipality_id"
      join "registry"."region" r on r."id" = m."region_id"
      where en."end_date" is null
      union all
      select p."id", null::uuid, null::varchar, null::varchar
      from "registry"."person" p
      where not exists (select 1 from "registry"."employment" e where e."person_id" = p."id" and e."end_date" is null)
        and not exists (select 1 from "registry"."enrollment" en where en."person_id" = p."id" and en."end_date" is null);`);
    this.addSql(COMMENT);
  }

  override down(): void {
    this.addSql(`drop view "registry_pub"."person_territory";`);
    this.addSql(`
      create view "registry_pub"."person_territory" as
      with "current_place" as (
        select e."person_id", e."organization_id" from "registry"."employment" e where e."end_date" is null
        union
        select en."person_id", en."organization_id" from "registry"."enrollment" en where en."end_date" is null
      )
      select p."id" as "person_id", cp."organization_id", m."oktmo" as "municipality_oktmo", r."code" as "region_code"
      from "registry"."person" p
      left join "current_place" cp on cp."person_id" = p."id"
      left join "registry"."organization" o on o."id" = cp."organization_id"
      left join "registry"."municipality" m on m."id" = o."municipality_id"
      left join "registry"."region" r on r."id" = m."region_id";`);
    this.addSql(
      `comment on view "registry_pub"."person_territory" is 'Лицо → текущие места работы и обучения → муниципальное образование → субъект РФ, for the person-visibility rule of every subgraph.';`,
    );
  }
}
