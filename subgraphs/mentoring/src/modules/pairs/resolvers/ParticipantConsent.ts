import type { ParticipantConsentResolvers } from '../../../__generated__/types.generated.js';

/** Both fields are copied from the stored consent by `consentOf`. */
export const ParticipantConsent: ParticipantConsentResolvers = {};
