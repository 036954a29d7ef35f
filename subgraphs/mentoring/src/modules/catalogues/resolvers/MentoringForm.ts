import type   { MentoringFormResolvers } from './../../../__generated__/types.generated.js';
    export const MentoringForm: MentoringFormResolvers = {
    /* Implement MentoringForm resolver logic here */
  };