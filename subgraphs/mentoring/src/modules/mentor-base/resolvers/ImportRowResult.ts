import type   { ImportRowResultResolvers } from './../../../__generated__/types.generated.js';
    export const ImportRowResult: ImportRowResultResolvers = {
    /* Implement ImportRowResult resolver logic here */
  };