import type   { EnrollmentResolvers } from './../../../__generated__/types.generated.js';
    export const Enrollment: EnrollmentResolvers = {
    /* Implement Enrollment resolver logic here */
  };