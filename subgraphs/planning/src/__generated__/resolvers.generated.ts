/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { event as Query_event } from './../modules/events/resolvers/Query/event.js';
import    { events as Query_events } from './../modules/events/resolvers/Query/events.js';
import    { reportingObligation as Query_reportingObligation } from './../modules/submissions/resolvers/Query/reportingObligation.js';
import    { roadmap as Query_roadmap } from './../modules/roadmaps/resolvers/Query/roadmap.js';
import    { roadmaps as Query_roadmaps } from './../modules/roadmaps/resolvers/Query/roadmaps.js';
import    { createEvent as Mutation_createEvent } from './../modules/events/resolvers/Mutation/createEvent.js';
import    { createReportingObligation as Mutation_createReportingObligation } from './../modules/submissions/resolvers/Mutation/createReportingObligation.js';
import    { recordAttendance as Mutation_recordAttendance } from './../modules/events/resolvers/Mutation/recordAttendance.js';
import    { recordRoadmapItemCompletion as Mutation_recordRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/recordRoadmapItemCompletion.js';
import    { registerForEvent as Mutation_registerForEvent } from './../modules/events/resolvers/Mutation/registerForEvent.js';
import    { submitReport as Mutation_submitReport } from './../modules/submissions/resolvers/Mutation/submitReport.js';
import    { updateEvent as Mutation_updateEvent } from './../modules/events/resolvers/Mutation/updateEvent.js';
import    { withdrawRoadmapItemCompletion as Mutation_withdrawRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/withdrawRoadmapItemCompletion.js';
import    { withdrawSubmission as Mutation_withdrawSubmission } from './../modules/submissions/resolvers/Mutation/withdrawSubmission.js';
import    { Event } from './../modules/events/resolvers/Event.js';
import    { EventOrganizationParticipation } from './../modules/events/resolvers/EventOrganizationParticipation.js';
import    { EventParticipation } from './../modules/events/resolvers/EventParticipation.js';
import    { EventParticipations } from './../modules/events/resolvers/EventParticipations.js';
import    { Municipality } from './../modules/roadmaps/resolvers/Municipality.js';
import    { Organization } from './../modules/roadmaps/resolvers/Organization.js';
import    { Person } from './../modules/events/resolvers/Person.js';
import    { Region as roadmaps_Region } from './../modules/roadmaps/resolvers/Region.js';
import    { Region as submissions_Region } from './../modules/submissions/resolvers/Region.js';
import    { ReportSubmission } from './../modules/submissions/resolvers/ReportSubmission.js';
import    { ReportingObligation } from './../modules/submissions/resolvers/ReportingObligation.js';
import    { Roadmap } from './../modules/roadmaps/resolvers/Roadmap.js';
import    { RoadmapItem as roadmaps_RoadmapItem } from './../modules/roadmaps/resolvers/RoadmapItem.js';
import    { RoadmapItem as events_RoadmapItem } from './../modules/events/resolvers/RoadmapItem.js';
import    { RoadmapItemCompletion } from './../modules/roadmaps/resolvers/RoadmapItemCompletion.js';
import    { SubmissionSummary } from './../modules/submissions/resolvers/SubmissionSummary.js';
import    { TerritorySubmissionState } from './../modules/submissions/resolvers/TerritorySubmissionState.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { event: Query_event,events: Query_events,reportingObligation: Query_reportingObligation,roadmap: Query_roadmap,roadmaps: Query_roadmaps },
      Mutation: { createEvent: Mutation_createEvent,createReportingObligation: Mutation_createReportingObligation,recordAttendance: Mutation_recordAttendance,recordRoadmapItemCompletion: Mutation_recordRoadmapItemCompletion,registerForEvent: Mutation_registerForEvent,submitReport: Mutation_submitReport,updateEvent: Mutation_updateEvent,withdrawRoadmapItemCompletion: Mutation_withdrawRoadmapItemCompletion,withdrawSubmission: Mutation_withdrawSubmission },
      
      Event: Event,
EventOrganizationParticipation: EventOrganizationParticipation,
EventParticipation: EventParticipation,
EventParticipations: EventParticipations,
Municipality: Municipality,
Organization: Organization,
Person: Person,
Region: { ...roadmaps_Region,...submissions_Region },
ReportSubmission: ReportSubmission,
ReportingObligation: ReportingObligation,
Roadmap: Roadmap,
RoadmapItem: { ...roadmaps_RoadmapItem,...events_RoadmapItem },
RoadmapItemCompletion: RoadmapItemCompletion,
SubmissionSummary: SubmissionSummary,
TerritorySubmissionState: TerritorySubmissionState,
Date: DateScalar,
UUID: UuidScalar
    }