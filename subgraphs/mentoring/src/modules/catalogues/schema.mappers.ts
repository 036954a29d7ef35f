export type { MentoringForm as MentoringFormMapper } from '../forms/form.entity.js';
export type { MentoringFormat as MentoringFormatMapper } from '../forms/format.entity.js';
