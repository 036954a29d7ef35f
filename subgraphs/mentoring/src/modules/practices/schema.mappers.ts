export type { PracticeRecord as PracticeMapper } from './practice-bank.js';
