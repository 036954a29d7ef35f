import { Migration } from '@mikro-orm/migrations';

/**
 * The text maxima of the SDL (@maxLength) held by the database too, for text
 * columns that published views read (a type change would need the views
 * dropped): a CHECK per column, and for text arrays one on the longest element.
 */
export class Migration20261122200653_text_limits extends Migration {
  override name = 'Migration20261122200653_text_limits';

  override up(): void | Promise<void> {
    this.addSql(
      `create function "mentoring"."longest_text"("texts" text[]) returns integer language sql immutable parallel safe as $$ select coalesce(max(char_length("text")), 0) from unnest("texts") as "text" $$;`,
    );
    this.addSql(
      `alter table "mentoring"."mentoring_pair" add constraint "mentoring_pair_termination_reason_length" check (char_length("termination_reason") <= 1000);`,
    );

    this.addSql(
      `alter table "mentoring"."mentor_profile" add constraint "mentor_profile_competencies_length" check ("mentoring"."longest_text"("competencies") <= 200);`,
    );
    this.addSql(
      `alter table "mentoring"."mentor_profile" add constraint "mentor_profile_achievements_length" check (char_length("achievements") <= 2000);`,
    );

    this.addSql(
      `alter table "mentoring"."practice" add constraint "practice_title_length" check (char_length("title") <= 500);`,
    );
    this.addSql(
      `alter table "mentoring"."practice" add constraint "practice_summary_length" check (char_length("summary") <= 4000);`,
    );
    this.addSql(
      `alter table "mentoring"."practice" add constraint "practice_awards_length" check ("mentoring"."longest_text"("awards") <= 500);`,
    );

    this.addSql(
      `alter table "mentoring"."programme" add constraint "programme_deficits_length" check ("mentoring"."longest_text"("deficits") <= 1000);`,
    );
    this.addSql(
      `alter table "mentoring"."programme" add constraint "programme_goals_length" check ("mentoring"."longest_text"("goals") <= 1000);`,
    );

    this.addSql(
      `alter table "mentoring"."programme_activity" add constraint "programme_activity_title_length" check (char_length("title") <= 500);`,
    );

    this.addSql(
      `alter table "mentoring"."training_record" add constraint "training_record_programme_length" check (char_length("programme") <= 500);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "mentoring"."mentor_profile" drop constraint "mentor_profile_competencies_length";`);
    this.addSql(`alter table "mentoring"."mentor_profile" drop constraint "mentor_profile_achievements_length";`);

    this.addSql(`alter table "mentoring"."mentoring_pair" drop constraint "mentoring_pair_termination_reason_length";`);

    this.addSql(`alter table "mentoring"."practice" drop constraint "practice_title_length";`);
    this.addSql(`alter table "mentoring"."practice" drop constraint "practice_summary_length";`);
    this.addSql(`alter table "mentoring"."practice" drop constraint "practice_awards_length";`);

    this.addSql(`alter table "mentoring"."programme" drop constraint "programme_deficits_length";`);
    this.addSql(`alter table "mentoring"."programme" drop constraint "programme_goals_length";`);

    this.addSql(`alter table "mentoring"."programme_activity" drop constraint "programme_activity_title_length";`);

    this.addSql(`alter table "mentoring"."training_record" drop constraint "training_record_programme_length";`);
    this.addSql(`drop function "mentoring"."longest_text"(text[]);`);
  }
}
