export type { Appointment as AppointmentMapper } from '../people/appointment.entity.js';
