/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { appointmentKinds as Query_appointmentKinds } from './../modules/catalogue/resolvers/Query/appointmentKinds.js';
import    { municipalities as Query_municipalities } from './../modules/territories/resolvers/Query/municipalities.js';
import    { municipality as Query_municipality } from './../modules/territories/resolvers/Query/municipality.js';
import    { organization as Query_organization } from './../modules/organizations/resolvers/Query/organization.js';
import    { organizations as Query_organizations } from './../modules/organizations/resolvers/Query/organizations.js';
import    { people as Query_people } from './../modules/people/resolvers/Query/people.js';
import    { person as Query_person } from './../modules/people/resolvers/Query/person.js';
import    { personalDataReads as Query_personalDataReads } from './../modules/access-log/resolvers/Query/personalDataReads.js';
import    { region as Query_region } from './../modules/territories/resolvers/Query/region.js';
import    { regions as Query_regions } from './../modules/territories/resolvers/Query/regions.js';
import    { youngSpecialistDefinitions as Query_youngSpecialistDefinitions } from './../modules/catalogue/resolvers/Query/youngSpecialistDefinitions.js';
import    { addEmployment as Mutation_addEmployment } from './../modules/people/resolvers/Mutation/addEmployment.js';
import    { appoint as Mutation_appoint } from './../modules/appointments/resolvers/Mutation/appoint.js';
import    { createMunicipality as Mutation_createMunicipality } from './../modules/territories/resolvers/Mutation/createMunicipality.js';
import    { createOrganization as Mutation_createOrganization } from './../modules/organizations/resolvers/Mutation/createOrganization.js';
import    { createPerson as Mutation_createPerson } from './../modules/people/resolvers/Mutation/createPerson.js';
import    { endAppointment as Mutation_endAppointment } from './../modules/appointments/resolvers/Mutation/endAppointment.js';
import    { endEmployment as Mutation_endEmployment } from './../modules/people/resolvers/Mutation/endEmployment.js';
import    { enrollStudent as Mutation_enrollStudent } from './../modules/students/resolvers/Mutation/enrollStudent.js';
import    { importOrganizations as Mutation_importOrganizations } from './../modules/imports/resolvers/Mutation/importOrganizations.js';
import    { importStaff as Mutation_importStaff } from './../modules/imports/resolvers/Mutation/importStaff.js';
import    { recordConsent as Mutation_recordConsent } from './../modules/consents/resolvers/Mutation/recordConsent.js';
import    { updateMunicipality as Mutation_updateMunicipality } from './../modules/territories/resolvers/Mutation/updateMunicipality.js';
import    { updateOrganization as Mutation_updateOrganization } from './../modules/organizations/resolvers/Mutation/updateOrganization.js';
import    { updatePerson as Mutation_updatePerson } from './../modules/people/resolvers/Mutation/updatePerson.js';
import    { withdrawConsent as Mutation_withdrawConsent } from './../modules/consents/resolvers/Mutation/withdrawConsent.js';
import    { Appointment } from './../modules/appointments/resolvers/Appointment.js';
import    { AppointmentKindEntry } from './../modules/catalogue/resolvers/AppointmentKindEntry.js';
import    { Consent } from './../modules/consents/resolvers/Consent.js';
import    { Employment } from './../modules/people/resolvers/Employment.js';
import    { Enrollment } from './../modules/students/resolvers/Enrollment.js';
import    { ImportReport } from './../modules/imports/resolvers/ImportReport.js';
import    { ImportRowResult } from './../modules/imports/resolvers/ImportRowResult.js';
import    { Municipality } from './../modules/territories/resolvers/Municipality.js';
import    { Organization } from './../modules/organizations/resolvers/Organization.js';
import    { Person } from './../modules/people/resolvers/Person.js';
import    { PersonalDataRead } from './../modules/access-log/resolvers/PersonalDataRead.js';
import    { Region } from './../modules/territories/resolvers/Region.js';
import    { YoungSpecialistDefinitionEntry } from './../modules/catalogue/resolvers/YoungSpecialistDefinitionEntry.js';
import    { DateScalar,UuidScalar } from '@mentoring/platform/graphql';
    export const resolvers: Resolvers = {
      Query: { appointmentKinds: Query_appointmentKinds,municipalities: Query_municipalities,municipality: Query_municipality,organization: Query_organization,organizations: Query_organizations,people: Query_people,person: Query_person,personalDataReads: Query_personalDataReads,region: Query_region,regions: Query_regions,youngSpecialistDefinitions: Query_youngSpecialistDefinitions },
      Mutation: { addEmployment: Mutation_addEmployment,appoint: Mutation_appoint,createMunicipality: Mutation_createMunicipality,createOrganization: Mutation_createOrganization,createPerson: Mutation_createPerson,endAppointment: Mutation_endAppointment,endEmployment: Mutation_endEmployment,enrollStudent: Mutation_enrollStudent,importOrganizations: Mutation_importOrganizations,importStaff: Mutation_importStaff,recordConsent: Mutation_recordConsent,updateMunicipality: Mutation_updateMunicipality,updateOrganization: Mutation_updateOrganization,updatePerson: Mutation_updatePerson,withdrawConsent: Mutation_withdrawConsent },
      
      Appointment: Appointment,
AppointmentKindEntry: AppointmentKindEntry,
Consent: Consent,
Employment: Employment,
Enrollment: Enrollment,
ImportReport: ImportReport,
ImportRowResult: ImportRowResult,
Municipality: Municipality,
Organization: Organization,
Person: Person,
PersonalDataRead: PersonalDataRead,
Region: Region,
YoungSpecialistDefinitionEntry: YoungSpecialistDefinitionEntry,
Date: DateScalar,
UUID: UuidScalar
    }