import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.person_territory: where each person works or studies now.
 * It is what the one person-visibility rule (subgraphs/registry/src/published/person-visibility.ts)
 * joins on in every subgraph: a viewer sees the people of their territory.
 * People with no current workplace have one row with empty territory columns,
 * so nation-wide readers still find them.
 */
export class Migration20261122200000_person_territory extends Migration {
  override name = 'Migration20261122200000_person_territory';

  override up(): void {
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

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."person_territory";`);
  }
}
