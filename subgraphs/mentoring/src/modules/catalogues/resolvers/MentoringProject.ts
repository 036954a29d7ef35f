import type   { MentoringProjectResolvers } from './../../../__generated__/types.generated.js';
    export const MentoringProject: MentoringProjectResolvers = {
    /* Implement MentoringProject resolver logic here */
  };