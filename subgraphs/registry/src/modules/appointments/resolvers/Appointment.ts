import type   { AppointmentResolvers } from './../../../__generated__/types.generated.js';
    export const Appointment: AppointmentResolvers = {
    /* Implement Appointment resolver logic here */
  };