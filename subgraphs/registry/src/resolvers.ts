import { DateScalar, optionalSourceView, UuidScalar } from '@mentoring/platform';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { catalogueQueries } from './modules/catalogue/resolvers.js';
import { ImportReportType, importMutations } from './modules/imports/resolvers.js';
import { organizationMutations } from './modules/organizations/mutations.js';
import { organizationQueries, OrganizationType } from './modules/organizations/resolvers.js';
import { appointmentMutations, AppointmentType, OrganizationAppointments } from './modules/people/appointments.js';
import { peopleMutations } from './modules/people/mutations.js';
import { EnrollmentType, studentMutations } from './modules/people/students.js';
import { accessLogQueries, PersonalDataReadType } from './modules/people/access-log.js';
import { EmploymentType, OrganizationStaff, peopleQueries, PersonType } from './modules/people/resolvers.js';
import { territoryMutations } from './modules/territories/mutations.js';
import { MunicipalityType, Region, territoryQueries } from './modules/territories/resolvers.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  UUID: UuidScalar,
  Query: { ...territoryQueries, ...organizationQueries, ...peopleQueries, ...accessLogQueries, ...catalogueQueries },
  Mutation: { ...territoryMutations, ...organizationMutations, ...peopleMutations, ...studentMutations, ...appointmentMutations, ...importMutations },
  ImportReport: ImportReportType,
  Region,
  Municipality: MunicipalityType,
  Organization: { ...OrganizationType, ...OrganizationStaff, ...OrganizationAppointments, source: optionalSourceView },
  Person: { ...PersonType, source: optionalSourceView },
  Employment: EmploymentType,
  Enrollment: EnrollmentType,
  Appointment: { ...AppointmentType, source: optionalSourceView },
  PersonalDataRead: PersonalDataReadType,
};
