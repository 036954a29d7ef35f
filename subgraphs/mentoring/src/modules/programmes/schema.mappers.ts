export type { Programme as ProgrammeMapper } from './programme.entity.js';
export type { ProgrammeActivity as ProgrammeActivityMapper } from './activity.entity.js';
