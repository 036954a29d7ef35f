/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { mentorBase as Query_mentorBase } from './../modules/mentor-base/resolvers/Query/mentorBase.js';
import    { mentoringFormats as Query_mentoringFormats } from './../modules/catalogues/resolvers/Query/mentoringFormats.js';
import    { mentoringForms as Query_mentoringForms } from './../modules/catalogues/resolvers/Query/mentoringForms.js';
import    { mentoringPair as Query_mentoringPair } from './../modules/pairs/resolvers/Query/mentoringPair.js';
import    { mentoringPairs as Query_mentoringPairs } from './../modules/pairs/resolvers/Query/mentoringPairs.js';
import    { mentoringProjects as Query_mentoringProjects } from './../modules/catalogues/resolvers/Query/mentoringProjects.js';
import    { mentors as Query_mentors } from './../modules/mentors/resolvers/Query/mentors.js';
import    { monitoringMeasures as Query_monitoringMeasures } from './../modules/catalogues/resolvers/Query/monitoringMeasures.js';
import    { practices as Query_practices } from './../modules/practices/resolvers/Query/practices.js';
import    { activatePair as Mutation_activatePair } from './../modules/pairs/resolvers/Mutation/activatePair.js';
import    { addProgrammeActivity as Mutation_addProgrammeActivity } from './../modules/programmes/resolvers/Mutation/addProgrammeActivity.js';
import    { addTraining as Mutation_addTraining } from './../modules/mentors/resolvers/Mutation/addTraining.js';
import    { completePair as Mutation_completePair } from './../modules/pairs/resolvers/Mutation/completePair.js';
import    { completeProgrammeActivity as Mutation_completeProgrammeActivity } from './../modules/programmes/resolvers/Mutation/completeProgrammeActivity.js';
import    { createMentorProfile as Mutation_createMentorProfile } from './../modules/mentors/resolvers/Mutation/createMentorProfile.js';
import    { createPair as Mutation_createPair } from './../modules/pairs/resolvers/Mutation/createPair.js';
import    { createPractice as Mutation_createPractice } from './../modules/practices/resolvers/Mutation/createPractice.js';
import    { importMentorBase as Mutation_importMentorBase } from './../modules/mentor-base/resolvers/Mutation/importMentorBase.js';
import    { recordMentorAgreement as Mutation_recordMentorAgreement } from './../modules/mentors/resolvers/Mutation/recordMentorAgreement.js';
import    { recordMonitoring as Mutation_recordMonitoring } from './../modules/programmes/resolvers/Mutation/recordMonitoring.js';
import    { recordPairConsent as Mutation_recordPairConsent } from './../modules/pairs/resolvers/Mutation/recordPairConsent.js';
import    { recordSatisfaction as Mutation_recordSatisfaction } from './../modules/programmes/resolvers/Mutation/recordSatisfaction.js';
import    { saveMentoringSystem as Mutation_saveMentoringSystem } from './../modules/systems/resolvers/Mutation/saveMentoringSystem.js';
import    { saveProgramme as Mutation_saveProgramme } from './../modules/programmes/resolvers/Mutation/saveProgramme.js';
import    { terminatePair as Mutation_terminatePair } from './../modules/pairs/resolvers/Mutation/terminatePair.js';
import    { updateMentorProfile as Mutation_updateMentorProfile } from './../modules/mentors/resolvers/Mutation/updateMentorProfile.js';
import    { EmploymentAgreement } from './../modules/mentors/resolvers/EmploymentAgreement.js';
import    { Event } from './../modules/mentors/resolvers/Event.js';
import    { ExportFile } from './../modules/mentor-base/resolvers/ExportFile.js';
import    { ImportReport } from './../modules/mentor-base/resolvers/ImportReport.js';
import    { ImportRowResult } from './../modules/mentor-base/resolvers/ImportRowResult.js';
import    { MentorProfile } from './../modules/mentors/resolvers/MentorProfile.js';
import    { MentoringForm } from './../modules/catalogues/resolvers/MentoringForm.js';
import    { MentoringFormat } from './../modules/catalogues/resolvers/MentoringFormat.js';
import    { MentoringPair } from './../modules/pairs/resolvers/MentoringPair.js';
import    { MentoringProject } from './../modules/catalogues/resolvers/MentoringProject.js';
import    { MentoringSystem } from './../modules/systems/resolvers/MentoringSystem.js';
import    { MonitoringCriterion } from './../modules/catalogues/resolvers/MonitoringCriterion.js';
import    { MonitoringMeasure } from './../modules/catalogues/resolvers/MonitoringMeasure.js';
import    { Municipality } from './../modules/territories/resolvers/Municipality.js';
import    { Organization } from './../modules/organizations/resolvers/Organization.js';
import    { OrganizationMentoring } from './../modules/organizations/resolvers/OrganizationMentoring.js';
import    { PairMentee } from './../modules/pairs/resolvers/PairMentee.js';
import    { ParticipantConsent } from './../modules/pairs/resolvers/ParticipantConsent.js';
import    { Person } from './../modules/people/resolvers/Person.js';
import    { PersonMentoring } from './../modules/people/resolvers/PersonMentoring.js';
import    { Practice } from './../modules/practices/resolvers/Practice.js';
import    { Programme } from './../modules/programmes/resolvers/Programme.js';
import    { ProgrammeActivity } from './../modules/programmes/resolvers/ProgrammeActivity.js';
import    { Region } from './../modules/territories/resolvers/Region.js';
import    { TrainingRecord } from './../modules/mentors/resolvers/TrainingRecord.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { mentorBase: Query_mentorBase,mentoringFormats: Query_mentoringFormats,mentoringForms: Query_mentoringForms,mentoringPair: Query_mentoringPair,mentoringPairs: Query_mentoringPairs,mentoringProjects: Query_mentoringProjects,mentors: Query_mentors,monitoringMeasures: Query_monitoringMeasures,practices: Query_practices },
      Mutation: { activatePair: Mutation_activatePair,addProgrammeActivity: Mutation_addProgrammeActivity,addTraining: Mutation_addTraining,completePair: Mutation_completePair,completeProgrammeActivity: Mutation_completeProgrammeActivity,createMentorProfile: Mutation_createMentorProfile,createPair: Mutation_createPair,createPractice: Mutation_createPractice,importMentorBase: Mutation_importMentorBase,recordMentorAgreement: Mutation_recordMentorAgreement,recordMonitoring: Mutation_recordMonitoring,recordPairConsent: Mutation_recordPairConsent,recordSatisfaction: Mutation_recordSatisfaction,saveMentoringSystem: Mutation_saveMentoringSystem,saveProgramme: Mutation_saveProgramme,terminatePair: Mutation_terminatePair,updateMentorProfile: Mutation_updateMentorProfile },
      
      EmploymentAgreement: EmploymentAgreement,
Event: Event,
ExportFile: ExportFile,
ImportReport: ImportReport,
ImportRowResult: ImportRowResult,
MentorProfile: MentorProfile,
MentoringForm: MentoringForm,
MentoringFormat: MentoringFormat,
MentoringPair: MentoringPair,
MentoringProject: MentoringProject,
MentoringSystem: MentoringSystem,
MonitoringCriterion: MonitoringCriterion,
MonitoringMeasure: MonitoringMeasure,
Municipality: Municipality,
Organization: Organization,
OrganizationMentoring: OrganizationMentoring,
PairMentee: PairMentee,
ParticipantConsent: ParticipantConsent,
Person: Person,
PersonMentoring: PersonMentoring,
Practice: Practice,
Programme: Programme,
ProgrammeActivity: ProgrammeActivity,
Region: Region,
TrainingRecord: TrainingRecord,
Date: DateScalar,
UUID: UuidScalar
    }