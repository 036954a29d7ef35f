import type   { ConsentResolvers } from './../../../__generated__/types.generated.js';
    export const Consent: ConsentResolvers = {
    /* Implement Consent resolver logic here */
  };