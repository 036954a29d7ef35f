/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { event as Query_event } from './../modules/events/resolvers/Query/event.js';
import    { events as Query_events } from './../modules/events/resolvers/Query/events.js';
import    { roadmap as Query_roadmap } from './../modules/roadmaps/resolvers/Query/roadmap.js';
import    { roadmaps as Query_roadmaps } from './../modules/roadmaps/resolvers/Query/roadmaps.js';
import    { addRoadmapItem as Mutation_addRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/addRoadmapItem.js';
import    { createEvent as Mutation_createEvent } from './../modules/events/resolvers/Mutation/createEvent.js';
import    { createRoadmap as Mutation_createRoadmap } from './../modules/roadmaps/resolvers/Mutation/createRoadmap.js';
import    { recordAttendance as Mutation_recordAttendance } from './../modules/events/resolvers/Mutation/recordAttendance.js';
import    { recordRoadmapItemCompletion as Mutation_recordRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/recordRoadmapItemCompletion.js';
import    { registerForEvent as Mutation_registerForEvent } from './../modules/events/resolvers/Mutation/registerForEvent.js';
import    { removeRoadmapItem as Mutation_removeRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/removeRoadmapItem.js';
import    { updateRoadmap as Mutation_updateRoadmap } from './../modules/roadmaps/resolvers/Mutation/updateRoadmap.js';
import    { updateRoadmapItem as Mutation_updateRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/updateRoadmapItem.js';
import    { withdrawRoadmapItemCompletion as Mutation_withdrawRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/withdrawRoadmapItemCompletion.js';
import    { Event } from './../modules/events/resolvers/Event.js';
import    { EventOrganizationParticipation } from './../modules/events/resolvers/EventOrganizationParticipation.js';
import    { EventParticipation } from './../modules/events/resolvers/EventParticipation.js';
import    { EventParticipations } from './../modules/events/resolvers/EventParticipations.js';
import    { Municipality } from './../modules/roadmaps/resolvers/Municipality.js';
import    { Organization } from './../modules/roadmaps/resolvers/Organization.js';
import    { Person } from './../modules/events/resolvers/Person.js';
import    { Region } from './../modules/roadmaps/resolvers/Region.js';
import    { Roadmap } from './../modules/roadmaps/resolvers/Roadmap.js';
import    { RoadmapItem as roadmaps_RoadmapItem } from './../modules/roadmaps/resolvers/RoadmapItem.js';
import    { RoadmapItem as events_RoadmapItem } from './../modules/events/resolvers/RoadmapItem.js';
import    { RoadmapItemCompletion } from './../modules/roadmaps/resolvers/RoadmapItemCompletion.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { event: Query_event,events: Query_events,roadmap: Query_roadmap,roadmaps: Query_roadmaps },
      Mutation: { addRoadmapItem: Mutation_addRoadmapItem,createEvent: Mutation_createEvent,createRoadmap: Mutation_createRoadmap,recordAttendance: Mutation_recordAttendance,recordRoadmapItemCompletion: Mutation_recordRoadmapItemCompletion,registerForEvent: Mutation_registerForEvent,removeRoadmapItem: Mutation_removeRoadmapItem,updateRoadmap: Mutation_updateRoadmap,updateRoadmapItem: Mutation_updateRoadmapItem,withdrawRoadmapItemCompletion: Mutation_withdrawRoadmapItemCompletion },
      
      Event: Event,
EventOrganizationParticipation: EventOrganizationParticipation,
EventParticipation: EventParticipation,
EventParticipations: EventParticipations,
Municipality: Municipality,
Organization: Organization,
Person: Person,
Region: Region,
Roadmap: Roadmap,
RoadmapItem: { ...roadmaps_RoadmapItem,...events_RoadmapItem },
RoadmapItemCompletion: RoadmapItemCompletion,
Date: DateScalar,
UUID: UuidScalar
    }