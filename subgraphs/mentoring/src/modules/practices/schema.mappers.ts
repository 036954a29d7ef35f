export type { Practice as PracticeMapper } from './practice.entity.js';
