import { Migration } from '@mikro-orm/migrations';

/** Открытое мероприятие: events open to all, which calendars and the iCalendar feed show without a token. */
export class Migration20261123090000_event_public extends Migration {
  override name = 'Migration20261123090000_event_public';

  override up(): void | Promise<void> {
    this.addSql(`alter table "planning"."event" add "is_public" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "planning"."event" drop column "is_public";`);
  }
}
