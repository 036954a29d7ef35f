import { personVisibilitySql } from '@mentoring/subgraph-registry/published';
import type { Role, Viewer } from '@mentoring/platform/auth';
import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import { searchPhrase } from '@mentoring/platform/validation';
import type { FilterQuery } from '@mikro-orm/core';
import { raw } from '@mikro-orm/postgresql';
import type { MentorFilter } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import { MentorProfileSchema, type MentorProfile } from './mentor-profile.entity.js';
import { mentorVisibility } from './visibility.js';

/** A condition on the mentor profile's row, written as SQL over its alias: one statement, no id lists. */
const onProfile = (sql: (alias: string) => string, params: unknown[] = []): FilterQuery<MentorProfile> => ({
  [raw(sql, params)]: [],
});

/**
 * The roles that read Person.fullName whenever the person rule shows them the person (registry's `@access` on
 * Person.fullName; a test holds the two together). Anonymous viewers and other regions' systems read it only when
 * the publication consent lists fullName; analysts never.
 */
export const ROLES_READING_NAMES: readonly Role[] = [
  'REGIONAL_OPERATOR',
  'MUNICIPAL_COORDINATOR',
  'SCHOOL_CURATOR',
  'SCHOOL_HEAD',
];

/**
 * Mentors whose full name (registry_pub.person_workplace.full_name: фамилия, имя, отчество or the initials as
 * printed) contains the phrase — counting only names the viewer may see, so neither a page nor its totalCount tells
 * that a hidden mentor bears a name.
 */
function nameContains(viewer: Viewer, phrase: string): FilterQuery<MentorProfile> {
  const pattern = containsPattern(phrase);
  if (viewer.role === 'PUBLIC' || viewer.role === 'EXTERNAL_SYSTEM') {
    // The published names are the set searched, computed whole whatever the phrase (a hashed subplan): a name that
    // matches only a hidden mentor must not cost more time than one that matches nobody, or the time would tell it.
    return onProfile(
      (alias) => `${alias}.person_id in (select person_id from registry_pub.publication where 'fullName' = any(items))
        and exists (select 1 from registry_pub.person_workplace w where w.person_id = ${alias}.person_id and w.full_name ilike ?)`,
      [pattern],
    );
  }
  if (!ROLES_READING_NAMES.includes(viewer.role)) return onProfile(() => 'false');
  const visible = personVisibilitySql(viewer, 'w.person_id');
  return onProfile(
    (alias) => `exists (select 1 from registry_pub.person_workplace w
      where w.person_id = ${alias}.person_id and w.full_name ilike ? and ${visible.sql})`,
    [pattern, ...visible.params],
  );
}

function mentorsWhere(context: Context, filter: MentorFilter | null | undefined): FilterQuery<MentorProfile> {
  const competency = searchPhrase(filter?.competencyContains, 'filter.competencyContains');
  const name = searchPhrase(filter?.nameContains, 'filter.nameContains');
  const conditions: FilterQuery<MentorProfile>[] = [
    mentorVisibility(context.viewer, context.loaders.organizationScope),
  ];
  if (filter?.regionCode) {
    conditions.push(
      onProfile(
        (alias) =>
          `exists (select 1 from registry_pub.organization_territory t where t.organization_id = ${alias}.organization_id and t.region_code = ?)`,
        [filter.regionCode],
      ),
    );
  }
  if (filter?.municipalityOktmo) {
    conditions.push(
      onProfile(
        (alias) =>
          `exists (select 1 from registry_pub.organization_territory t where t.organization_id = ${alias}.organization_id and t.municipality_oktmo = ?)`,
        [filter.municipalityOktmo],
      ),
    );
  }
  if (filter?.organizationId) conditions.push({ organizationId: filter.organizationId });
  if (filter?.form) conditions.push({ forms: { $contains: [filter.form] } });
  if (filter?.status) conditions.push({ status: filter.status });
  if (competency !== null) {
    conditions.push(
      onProfile(
        (alias) => `exists (select 1 from unnest(${alias}.competencies) c where c ilike ?)`,
        [containsPattern(competency)],
      ),
    );
  }
  if (name !== null) conditions.push(nameContains(context.viewer, name));
  return { $and: conditions };
}

/** The mentors the viewer may see that match the filter, a page at a time. */
export const mentorsConnection = (context: Context, filter: MentorFilter | null | undefined, page: ConnectionArgs) =>
  findConnection(context.em, MentorProfileSchema, mentorsWhere(context, filter), page, { id: 'asc' });
