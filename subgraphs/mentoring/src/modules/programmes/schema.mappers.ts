export type { Programme as ProgrammeMapper } from '../programmes/programme.entity.js';
export type { ProgrammeActivity as ProgrammeActivityMapper } from '../programmes/activity.entity.js';
