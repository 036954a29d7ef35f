export type { Event as EventMapper } from './event.entity.js';
export type { EventParticipation as EventParticipationMapper } from './participation.entity.js';
export type { EventParticipations as EventParticipationsMapper } from './participation-summary.js';
export type { EventOrganizationParticipation as EventOrganizationParticipationMapper } from './participation-summary.js';
export type { EntityReference as PersonMapper } from '@mentoring/platform/graphql';
