export type { Appointment as AppointmentMapper } from './appointment.entity.js';
