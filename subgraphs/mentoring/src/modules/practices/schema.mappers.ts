export type { Practice as PracticeMapper } from '../practices/practice.entity.js';
