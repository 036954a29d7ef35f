import { defineEntity, p } from '@mikro-orm/core';
import { newId } from './ids.js';

/**
 * What every row of ours carries: a UUID (random, so ids say nothing about
 * order or volume) and when it was created and last changed. The database
 * default fills the timestamps of rows that existed before the columns did
 * and of rows written by migrations.
 */
export const BaseEntitySchema = defineEntity({
  name: 'BaseEntity',
  abstract: true,
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

/**
 * A row that people edit concurrently: `version` makes a stale write fail
 * (optimistic locking) instead of silently overwriting someone else's change.
 */
export const VersionedEntitySchema = defineEntity({
  name: 'VersionedEntity',
  abstract: true,
  extends: BaseEntitySchema,
  properties: {
    version: p.integer().version(),
  },
});

/** The abstract bases every subgraph's ORM must know to map the entities that extend them. */
export const BASE_ENTITIES = [BaseEntitySchema, VersionedEntitySchema];
