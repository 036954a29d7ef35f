import { Migration } from '@mikro-orm/migrations';

/**
 * registry_pub.publication_consent: one row per valid consent to publication of an adult, with the fields it
 * publishes. registry_pub.publication merges a person's consents with GROUP BY, which PostgreSQL computes for the whole
 * country before a membership test can use it: the public mentor list of a municipality took 1,655 ms at nation scale
 * (1.09 million people, 669,563 consents) and 4 ms on this view, with the same mentors. A membership test («has some
 * consent publishing X») reads the same on both; publication stays for readers of a person's merged fields.
 */
export class Migration20261123191000_publication_consent extends Migration {
  override name = 'Migration20261123191000_publication_consent';

  override up(): void {
    this.addSql(`
      create view "registry_pub"."publication_consent" as
      select c."person_id", c."fields"
      from "registry"."consent" c
      join "registry"."person" p on p."id" = c."person_id"
      where c."kind" = 'PUBLICATION' and c."withdrawn_on" is null and age(current_date, p."birth_date") >= interval '18 years';`);
    this.addSql(
      `comment on view "registry_pub"."publication_consent" is 'Согласия на публикацию: one row per valid consent to publication of an adult (minors never appear) and the fields it publishes; a person with several consents has several rows. For membership tests; registry_pub.publication merges them per person.';`,
    );
  }

  override down(): void {
    this.addSql(`drop view if exists "registry_pub"."publication_consent";`);
  }
}
