import type   { EmploymentAgreementResolvers } from './../../../__generated__/types.generated.js';
    export const EmploymentAgreement: EmploymentAgreementResolvers = {
    /* Implement EmploymentAgreement resolver logic here */
  };