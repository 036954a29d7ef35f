/** Territories and organizations known only by their registry ids; the registry resolves the rest. */
export interface RegionReference {
  id: string;
}
export interface MunicipalityReference {
  id: string;
}
export interface OrganizationReference {
  id: string;
}
