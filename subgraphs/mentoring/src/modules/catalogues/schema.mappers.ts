export type { MentoringForm as MentoringFormMapper } from './form.entity.js';
export type { MentoringFormat as MentoringFormatMapper } from './format.entity.js';
export type { MeasureValue as MonitoringMeasureMapper } from './measure-value.js';
export type { MonitoringMeasureEntry as MonitoringCriterionMapper } from './measure.entity.js';
export type { MentoringProject as MentoringProjectMapper } from './project.entity.js';
