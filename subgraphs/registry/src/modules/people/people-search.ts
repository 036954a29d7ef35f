import { containsPattern } from '@mentoring/platform/graphql';
import { findConnection, type ConnectionArgs } from '@mentoring/platform/pagination';
import type { FilterQuery } from '@mikro-orm/core';
import type { PersonFilter } from '../../__generated__/types.generated.js';
import type { Context } from '../../context.js';
import { PersonSchema, type Person } from './person.entity.js';
import { personVisibility } from './visibility.js';

export function peopleWhere(filter: PersonFilter | null | undefined): FilterQuery<Person> {
  const conditions: FilterQuery<Person>[] = [];
  const current = { endDate: null };
  if (filter?.organizationId) conditions.push({ employments: { ...current, organization: filter.organizationId } });
  if (filter?.municipalityOktmo)
    conditions.push({
      employments: { ...current, organization: { municipality: { oktmo: filter.municipalityOktmo } } },
    });
  if (filter?.regionCode)
    conditions.push({
      employments: { ...current, organization: { municipality: { region: { code: filter.regionCode } } } },
    });
  if (filter?.pedagogical !== undefined && filter.pedagogical !== null)
    conditions.push({ employments: { ...current, isPedagogical: filter.pedagogical } });
  if (filter?.lastNameContains) conditions.push({ lastName: { $ilike: containsPattern(filter.lastNameContains) } });
  return { $and: conditions };
}

export async function peopleConnection(context: Context, where: FilterQuery<Person>, page: ConnectionArgs) {
  return findConnection(context.em, PersonSchema, { $and: [where, personVisibility(context.viewer)] }, page, {
    lastName: 'asc',
    firstName: 'asc',
    id: 'asc',
  });
}
