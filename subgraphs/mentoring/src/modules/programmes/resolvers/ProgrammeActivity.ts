import type   { ProgrammeActivityResolvers } from './../../../__generated__/types.generated.js';
    export const ProgrammeActivity: ProgrammeActivityResolvers = {
    /* Implement ProgrammeActivity resolver logic here */
  };