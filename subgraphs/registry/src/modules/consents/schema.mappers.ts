export type { Consent as ConsentMapper } from './consent.entity.js';
