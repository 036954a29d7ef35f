import type   { YoungSpecialistDefinitionEntryResolvers } from './../../../__generated__/types.generated.js';
    export const YoungSpecialistDefinitionEntry: YoungSpecialistDefinitionEntryResolvers = {
    /* Implement YoungSpecialistDefinitionEntry resolver logic here */
  };