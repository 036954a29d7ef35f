import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../database/ids.js';
import type { Viewer } from '../auth/viewer.js';
import type { EntityManager } from '../database/orm.js';

/**
 * Журнал доступа к персональным данным: one row per subject per request in
 * which a non-public viewer read personal fields of that subject. A subgraph
 * with `@personal` fields lists this entity; its migration makes the table
 * append-only (a trigger refuses UPDATE, DELETE and TRUNCATE).
 */
export const PersonalDataReadSchema = defineEntity({
  name: 'PersonalDataRead',
  tableName: 'personal_data_read',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    readAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    viewerSubject: p.string().index(),
    viewerRole: p.string(),
    viewerRegionCode: p.string().nullable(),
    operationHash: p.string(),
    subjectType: p.string(),
    subjectId: p.uuid().index(),
    fields: p.array(),
  },
  triggers: [
    {
      name: 'personal_data_read_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'personal_data_read is append-only';",
    },
  ],
});

export type PersonalDataRead = InferEntity<typeof PersonalDataReadSchema>;

/** Collects the personal fields read during one request, written once when the response is sent. */
export class PersonalDataReads {
  readonly #fields = new Map<string, { subjectType: string; subjectId: string; fields: Set<string> }>();

  record(subjectType: string, subjectId: string, field: string): void {
    const key = `${subjectType}:${subjectId}`;
    const entry = this.#fields.get(key) ?? { subjectType, subjectId, fields: new Set<string>() };
    entry.fields.add(field);
    this.#fields.set(key, entry);
  }

  get size(): number {
    return this.#fields.size;
  }

  /** Appends the rows in one statement; an empty request writes nothing. */
  async flush(em: EntityManager, viewer: Viewer, operationHash: string): Promise<void> {
    if (this.#fields.size === 0) return;
    const rows = [...this.#fields.values()].map((entry) => ({
      id: newId(),
      readAt: new Date(),
      viewerSubject: viewer.subject,
      viewerRole: viewer.role,
      viewerRegionCode: viewer.scope.regionCode ?? null,
      operationHash,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      fields: [...entry.fields].sort(),
    }));
    this.#fields.clear();
    await em.insertMany(PersonalDataReadSchema, rows);
  }
}
