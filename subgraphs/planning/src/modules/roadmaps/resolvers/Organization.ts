import type   { OrganizationResolvers } from './../../../__generated__/types.generated.js';
    export const Organization: OrganizationResolvers = {
    /* Implement Organization resolver logic here */
  };