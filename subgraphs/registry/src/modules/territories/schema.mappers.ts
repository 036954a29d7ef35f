export type { Region as RegionMapper } from './region.entity.js';
export type { Municipality as MunicipalityMapper } from './municipality.entity.js';
