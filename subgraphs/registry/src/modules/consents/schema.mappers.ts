export type { Consent as ConsentMapper } from '../people/consent.entity.js';
