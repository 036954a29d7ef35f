/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { calendar as Query_calendar } from './../modules/calendars/resolvers/Query/calendar.js';
import    { event as Query_event } from './../modules/events/resolvers/Query/event.js';
import    { events as Query_events } from './../modules/events/resolvers/Query/events.js';
import    { nextDeadlines as Query_nextDeadlines } from './../modules/calendars/resolvers/Query/nextDeadlines.js';
import    { overdueDeadlines as Query_overdueDeadlines } from './../modules/calendars/resolvers/Query/overdueDeadlines.js';
import    { roadmap as Query_roadmap } from './../modules/roadmaps/resolvers/Query/roadmap.js';
import    { roadmaps as Query_roadmaps } from './../modules/roadmaps/resolvers/Query/roadmaps.js';
import    { createEvent as Mutation_createEvent } from './../modules/events/resolvers/Mutation/createEvent.js';
import    { recordAttendance as Mutation_recordAttendance } from './../modules/events/resolvers/Mutation/recordAttendance.js';
import    { recordRoadmapItemCompletion as Mutation_recordRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/recordRoadmapItemCompletion.js';
import    { registerForEvent as Mutation_registerForEvent } from './../modules/events/resolvers/Mutation/registerForEvent.js';
import    { withdrawRoadmapItemCompletion as Mutation_withdrawRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/withdrawRoadmapItemCompletion.js';
import    { CalendarEntry } from './../modules/calendars/resolvers/CalendarEntry.js';
import    { Event } from './../modules/events/resolvers/Event.js';
import    { EventOrganizationParticipation } from './../modules/events/resolvers/EventOrganizationParticipation.js';
import    { EventParticipation } from './../modules/events/resolvers/EventParticipation.js';
import    { EventParticipations } from './../modules/events/resolvers/EventParticipations.js';
import    { Municipality as calendars_Municipality } from './../modules/calendars/resolvers/Municipality.js';
import    { Municipality as roadmaps_Municipality } from './../modules/roadmaps/resolvers/Municipality.js';
import    { Organization } from './../modules/roadmaps/resolvers/Organization.js';
import    { Person } from './../modules/events/resolvers/Person.js';
import    { Region as calendars_Region } from './../modules/calendars/resolvers/Region.js';
import    { Region as roadmaps_Region } from './../modules/roadmaps/resolvers/Region.js';
import    { Roadmap } from './../modules/roadmaps/resolvers/Roadmap.js';
import    { RoadmapItem as roadmaps_RoadmapItem } from './../modules/roadmaps/resolvers/RoadmapItem.js';
import    { RoadmapItem as events_RoadmapItem } from './../modules/events/resolvers/RoadmapItem.js';
import    { RoadmapItemCompletion } from './../modules/roadmaps/resolvers/RoadmapItemCompletion.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { calendar: Query_calendar,event: Query_event,events: Query_events,nextDeadlines: Query_nextDeadlines,overdueDeadlines: Query_overdueDeadlines,roadmap: Query_roadmap,roadmaps: Query_roadmaps },
      Mutation: { createEvent: Mutation_createEvent,recordAttendance: Mutation_recordAttendance,recordRoadmapItemCompletion: Mutation_recordRoadmapItemCompletion,registerForEvent: Mutation_registerForEvent,withdrawRoadmapItemCompletion: Mutation_withdrawRoadmapItemCompletion },
      
      CalendarEntry: CalendarEntry,
Event: Event,
EventOrganizationParticipation: EventOrganizationParticipation,
EventParticipation: EventParticipation,
EventParticipations: EventParticipations,
Municipality: { ...calendars_Municipality,...roadmaps_Municipality },
Organization: Organization,
Person: Person,
Region: { ...calendars_Region,...roadmaps_Region },
Roadmap: Roadmap,
RoadmapItem: { ...roadmaps_RoadmapItem,...events_RoadmapItem },
RoadmapItemCompletion: RoadmapItemCompletion,
Date: DateScalar,
UUID: UuidScalar
    }