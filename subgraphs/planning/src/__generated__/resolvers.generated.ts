/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { calendar as Query_calendar } from './../modules/calendars/resolvers/Query/calendar.js';
import    { contest as Query_contest } from './../modules/contests/resolvers/Query/contest.js';
import    { contests as Query_contests } from './../modules/contests/resolvers/Query/contests.js';
import    { event as Query_event } from './../modules/events/resolvers/Query/event.js';
import    { events as Query_events } from './../modules/events/resolvers/Query/events.js';
import    { nextDeadlines as Query_nextDeadlines } from './../modules/calendars/resolvers/Query/nextDeadlines.js';
import    { overdueDeadlines as Query_overdueDeadlines } from './../modules/calendars/resolvers/Query/overdueDeadlines.js';
import    { reportingObligation as Query_reportingObligation } from './../modules/submissions/resolvers/Query/reportingObligation.js';
import    { roadmap as Query_roadmap } from './../modules/roadmaps/resolvers/Query/roadmap.js';
import    { roadmaps as Query_roadmaps } from './../modules/roadmaps/resolvers/Query/roadmaps.js';
import    { addContestJuror as Mutation_addContestJuror } from './../modules/contests/resolvers/Mutation/addContestJuror.js';
import    { addRoadmapItem as Mutation_addRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/addRoadmapItem.js';
import    { applyToContest as Mutation_applyToContest } from './../modules/contests/resolvers/Mutation/applyToContest.js';
import    { closeContestScoring as Mutation_closeContestScoring } from './../modules/contests/resolvers/Mutation/closeContestScoring.js';
import    { createContest as Mutation_createContest } from './../modules/contests/resolvers/Mutation/createContest.js';
import    { createEvent as Mutation_createEvent } from './../modules/events/resolvers/Mutation/createEvent.js';
import    { createReportingObligation as Mutation_createReportingObligation } from './../modules/submissions/resolvers/Mutation/createReportingObligation.js';
import    { createRoadmap as Mutation_createRoadmap } from './../modules/roadmaps/resolvers/Mutation/createRoadmap.js';
import    { publishContestResults as Mutation_publishContestResults } from './../modules/contests/resolvers/Mutation/publishContestResults.js';
import    { recordAttendance as Mutation_recordAttendance } from './../modules/events/resolvers/Mutation/recordAttendance.js';
import    { recordRoadmapItemCompletion as Mutation_recordRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/recordRoadmapItemCompletion.js';
import    { registerForEvent as Mutation_registerForEvent } from './../modules/events/resolvers/Mutation/registerForEvent.js';
import    { removeRoadmapItem as Mutation_removeRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/removeRoadmapItem.js';
import    { scoreContestApplication as Mutation_scoreContestApplication } from './../modules/contests/resolvers/Mutation/scoreContestApplication.js';
import    { submitReport as Mutation_submitReport } from './../modules/submissions/resolvers/Mutation/submitReport.js';
import    { updateEvent as Mutation_updateEvent } from './../modules/events/resolvers/Mutation/updateEvent.js';
import    { updateRoadmap as Mutation_updateRoadmap } from './../modules/roadmaps/resolvers/Mutation/updateRoadmap.js';
import    { updateRoadmapItem as Mutation_updateRoadmapItem } from './../modules/roadmaps/resolvers/Mutation/updateRoadmapItem.js';
import    { withdrawRoadmapItemCompletion as Mutation_withdrawRoadmapItemCompletion } from './../modules/roadmaps/resolvers/Mutation/withdrawRoadmapItemCompletion.js';
import    { withdrawSubmission as Mutation_withdrawSubmission } from './../modules/submissions/resolvers/Mutation/withdrawSubmission.js';
import    { CalendarEntry } from './../modules/calendars/resolvers/CalendarEntry.js';
import    { Contest } from './../modules/contests/resolvers/Contest.js';
import    { ContestApplication } from './../modules/contests/resolvers/ContestApplication.js';
import    { ContestJuror } from './../modules/contests/resolvers/ContestJuror.js';
import    { ContestNomination } from './../modules/contests/resolvers/ContestNomination.js';
import    { ContestPracticeProposal } from './../modules/contests/resolvers/ContestPracticeProposal.js';
import    { ContestScale } from './../modules/contests/resolvers/ContestScale.js';
import    { ContestScore } from './../modules/contests/resolvers/ContestScore.js';
import    { ContestStage } from './../modules/contests/resolvers/ContestStage.js';
import    { Event } from './../modules/events/resolvers/Event.js';
import    { EventOrganizationParticipation } from './../modules/events/resolvers/EventOrganizationParticipation.js';
import    { EventParticipation } from './../modules/events/resolvers/EventParticipation.js';
import    { EventParticipations } from './../modules/events/resolvers/EventParticipations.js';
import    { MentoringPair } from './../modules/contests/resolvers/MentoringPair.js';
import    { Municipality as calendars_Municipality } from './../modules/calendars/resolvers/Municipality.js';
import    { Municipality as roadmaps_Municipality } from './../modules/roadmaps/resolvers/Municipality.js';
import    { Organization } from './../modules/roadmaps/resolvers/Organization.js';
import    { Person } from './../modules/events/resolvers/Person.js';
import    { Practice } from './../modules/contests/resolvers/Practice.js';
import    { Region as calendars_Region } from './../modules/calendars/resolvers/Region.js';
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
      Query: { calendar: Query_calendar,contest: Query_contest,contests: Query_contests,event: Query_event,events: Query_events,nextDeadlines: Query_nextDeadlines,overdueDeadlines: Query_overdueDeadlines,reportingObligation: Query_reportingObligation,roadmap: Query_roadmap,roadmaps: Query_roadmaps },
      Mutation: { addContestJuror: Mutation_addContestJuror,addRoadmapItem: Mutation_addRoadmapItem,applyToContest: Mutation_applyToContest,closeContestScoring: Mutation_closeContestScoring,createContest: Mutation_createContest,createEvent: Mutation_createEvent,createReportingObligation: Mutation_createReportingObligation,createRoadmap: Mutation_createRoadmap,publishContestResults: Mutation_publishContestResults,recordAttendance: Mutation_recordAttendance,recordRoadmapItemCompletion: Mutation_recordRoadmapItemCompletion,registerForEvent: Mutation_registerForEvent,removeRoadmapItem: Mutation_removeRoadmapItem,scoreContestApplication: Mutation_scoreContestApplication,submitReport: Mutation_submitReport,updateEvent: Mutation_updateEvent,updateRoadmap: Mutation_updateRoadmap,updateRoadmapItem: Mutation_updateRoadmapItem,withdrawRoadmapItemCompletion: Mutation_withdrawRoadmapItemCompletion,withdrawSubmission: Mutation_withdrawSubmission },
      
      CalendarEntry: CalendarEntry,
Contest: Contest,
ContestApplication: ContestApplication,
ContestJuror: ContestJuror,
ContestNomination: ContestNomination,
ContestPracticeProposal: ContestPracticeProposal,
ContestScale: ContestScale,
ContestScore: ContestScore,
ContestStage: ContestStage,
Event: Event,
EventOrganizationParticipation: EventOrganizationParticipation,
EventParticipation: EventParticipation,
EventParticipations: EventParticipations,
MentoringPair: MentoringPair,
Municipality: { ...calendars_Municipality,...roadmaps_Municipality },
Organization: Organization,
Person: Person,
Practice: Practice,
Region: { ...calendars_Region,...roadmaps_Region,...submissions_Region },
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