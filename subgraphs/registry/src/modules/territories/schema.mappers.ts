export type { Region as RegionMapper } from '../territories/region.entity.js';
export type { Municipality as MunicipalityMapper } from '../territories/municipality.entity.js';
