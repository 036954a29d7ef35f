import type   { EmploymentResolvers } from './../../../__generated__/types.generated.js';
    export const Employment: EmploymentResolvers = {
    /* Implement Employment resolver logic here */
  };