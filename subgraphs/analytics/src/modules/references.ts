/** Territories known only by their registry ids; the registry resolves the rest. */
export interface RegionReference {
  id: string;
}
export interface MunicipalityReference {
  id: string;
}
