import type   { ParticipantConsentResolvers } from './../../../__generated__/types.generated.js';
    export const ParticipantConsent: ParticipantConsentResolvers = {
    /* Implement ParticipantConsent resolver logic here */
  };