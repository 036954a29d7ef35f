import type { PairConsent } from './pair-consent.entity.js';

/** The written consent of one participant of a pair, as the GraphQL ParticipantConsent. */
export function consentOf(consents: PairConsent[], personId: string | null | undefined) {
  const consent = personId ? consents.find((candidate) => candidate.personId === personId) : undefined;
  return consent ? { givenOn: consent.givenOn, givenBy: consent.givenBy } : null;
}
