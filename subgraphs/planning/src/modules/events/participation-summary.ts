import type { DataOrigin } from '@mentoring/sources';
import type { ParticipationStatus } from './participation.entity.js';

/** Event.participations: the counts of one event (one grouped statement for all events of a page). */
export interface EventParticipations {
  eventId: string;
  organizationsRegistered: number;
  organizationsAttended: number;
  peopleRegistered: number;
  peopleAttended: number;
  peopleCompleted: number;
}

/** One organization's part in an event, summed over its own registration and its people's. */
export interface EventOrganizationParticipation {
  organizationId: string;
  status: ParticipationStatus;
  dataOrigin: DataOrigin;
}
