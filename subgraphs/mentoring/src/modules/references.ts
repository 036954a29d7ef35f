/** An organization known only by its registry id; the registry resolves the rest. */
export interface OrganizationReference {
  id: string;
}
