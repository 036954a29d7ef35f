import { personVisibilitySql } from '../../published/index.js';
import { type Viewer } from '@mentoring/platform/auth';
import { whereSql } from '@mentoring/platform/database';
import type { FilterQuery } from '@mikro-orm/core';
import type { Person } from './person.entity.js';

/**
 * The platform's one person-visibility rule as a filter of registry lists
 * (people, staff), so a page and its totalCount hold exactly the people the
 * rule lets the viewer see.
 */
export function personVisibility(viewer: Viewer): FilterQuery<Person> {
  return whereSql((alias) => personVisibilitySql(viewer, `${alias}.id`));
}
