import type   { AppointmentKindEntryResolvers } from './../../../__generated__/types.generated.js';
    export const AppointmentKindEntry: AppointmentKindEntryResolvers = {
    /* Implement AppointmentKindEntry resolver logic here */
  };