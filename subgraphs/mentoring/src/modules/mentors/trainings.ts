import DataLoader from 'dataloader';
import { type EntityManager } from '@mentoring/platform/database';
import type { MentorProfile } from './mentor-profile.entity.js';
import type { TrainingRecord } from './training.entity.js';

/** Обучение наставника as the schema shows it: a record entered on the profile, or a course completed in planning. */
export interface TrainingView {
  id: string;
  source: 'ENTERED' | 'COURSE';
  eventId: string | null;
  programme: string;
  provider: string | null;
  hours: number | null;
  completedOn: string;
}

/** A record entered on the profile. */
export const enteredTraining = (record: TrainingRecord): TrainingView => ({
  id: record.id,
  source: 'ENTERED',
  eventId: null,
  programme: record.programme,
  provider: record.provider ?? null,
  hours: record.hours ?? null,
  completedOn: record.completedOn,
});

const placeholders = (keys: readonly unknown[]) => keys.map(() => '?::uuid').join(', ');

/**
 * The trainings of N mentors in one statement: the records entered on their profiles, and the courses (ПК/ДПО) their
 * people completed, read from planning's published view planning_pub.course_completion at query time — the
 * completion is recorded once, in planning. Newest first; on the same day entered records before courses.
 */
export function trainingsLoader(em: EntityManager): DataLoader<MentorProfile, TrainingView[], string> {
  return new DataLoader(
    async (profiles) => {
      const ids = profiles.map((profile) => profile.id);
      const rows = await em.getConnection().execute<
        {
          mentor_id: string;
          id: string;
          source: 'ENTERED' | 'COURSE';
          event_id: string | null;
          programme: string;
          provider: string | null;
          hours: number | null;
          completed_on: string;
        }[]
      >(
        `select t."mentor_id", t."id"::text as "id", 'ENTERED' as "source", null::uuid as "event_id", t."programme",
                t."provider", t."hours", to_char(t."completed_on", 'YYYY-MM-DD') as "completed_on", 0 as "rank"
         from "mentoring"."training_record" t where t."mentor_id" in (${placeholders(ids)})
         union all
         select m."id", c."participation_id"::text, 'COURSE', c."event_id", coalesce(c."programme", c."title"),
                c."organizer_name", c."hours", to_char(c."completed_on", 'YYYY-MM-DD'), 1
         from "mentoring"."mentor_profile" m
         join "planning_pub"."course_completion" c on c."person_id" = m."person_id"
         where m."id" in (${placeholders(ids)})
         order by "completed_on" desc, "rank", "id"`,
        [...ids, ...ids],
      );
      const byMentor = new Map<string, TrainingView[]>(ids.map((id) => [id, []]));
      for (const row of rows)
        byMentor.get(row.mentor_id)?.push({
          id: row.id,
          source: row.source,
          eventId: row.event_id,
          programme: row.programme,
          provider: row.provider,
          hours: row.hours,
          completedOn: row.completed_on,
        });
      return ids.map((id) => byMentor.get(id) ?? []);
    },
    { cacheKeyFn: (profile) => profile.id },
  );
}
