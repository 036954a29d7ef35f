import { optionalSourceView } from '@mentoring/sources';
import type { AppointmentResolvers } from '../../../__generated__/types.generated.js';

export const Appointment: AppointmentResolvers = {
  person: (appointment, _, { loaders }) => loaders.personById.load(appointment.person.id),
  organization: (appointment, _, { loaders }) =>
    appointment.organization ? loaders.organizationById.load(appointment.organization.id) : null,
  municipality: (appointment, _, { loaders }) =>
    appointment.municipality ? loaders.municipalityById.load(appointment.municipality.id) : null,
  region: (appointment, _, { loaders }) => (appointment.region ? loaders.regionById.load(appointment.region.id) : null),
  issuedBy: (appointment, _, { loaders }) =>
    appointment.issuedBy ? loaders.organizationById.load(appointment.issuedBy.id) : null,
  source: optionalSourceView,
};
