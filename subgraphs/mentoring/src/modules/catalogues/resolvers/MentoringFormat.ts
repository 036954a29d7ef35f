import type   { MentoringFormatResolvers } from './../../../__generated__/types.generated.js';
    export const MentoringFormat: MentoringFormatResolvers = {
    /* Implement MentoringFormat resolver logic here */
  };