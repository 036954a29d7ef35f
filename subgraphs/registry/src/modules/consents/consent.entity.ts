import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { BaseEntitySchema } from '@mentoring/platform/database';
import { PersonSchema } from '../people/person.entity.js';

export const CONSENT_KINDS = ['PROCESSING', 'PUBLICATION'] as const;
export const CONSENT_CHANNELS = ['PAPER', 'ELECTRONIC'] as const;
/** What a publication consent (ст. 10.1 152-ФЗ) may list. */
export const PUBLISHABLE_FIELDS = ['fullName', 'position', 'organization', 'mentorProfile'] as const;

/** Согласие на обработку или (отдельно) на распространение персональных данных. */
export const ConsentSchema = defineEntity({
  name: 'Consent',
  tableName: 'consent',
  extends: BaseEntitySchema,
  properties: {
    person: () => p.manyToOne(PersonSchema).index(),
    kind: p.enum(CONSENT_KINDS),
    /** For a publication consent: which of PUBLISHABLE_FIELDS may be published. */
    fields: p.array(),
    textVersion: p.string(),
    givenOn: p.date(),
    channel: p.enum(CONSENT_CHANNELS),
    withdrawnOn: p.date().nullable(),
  },
});

export type Consent = InferEntity<typeof ConsentSchema>;
