import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { catalogueProperties } from '@mentoring/sources';

/** The eleven measures of seed 003 §7: six of the process monitoring, five of the monitoring of influence. */
export const MONITORING_MEASURE_CODES = [
  'PROGRAMME_EFFECTIVENESS',
  'PROJECTS_EFFECTIVENESS',
  'EXAM_SUCCESS_RATE',
  'ACADEMIC_PROGRESS',
  'OLYMPIAD_PARTICIPATION',
  'PROFESSIONAL_ACTIVITY',
  'EDUCATIONAL_RESULTS',
  'SELF_DEVELOPMENT_MOTIVATION',
  'INNOVATION_INVOLVEMENT',
  'ADAPTATION',
  'FUTURE_MENTORING',
] as const;

/** The two stages of seed 003 §7: «Мониторинг процесса реализации…» and «Мониторинг влияния…». */
export const MONITORING_PHASES = ['PROCESS', 'INFLUENCE'] as const;

/** Показатель мониторинга программы наставничества (seed 003 §7): a catalogue row inserted by a migration. */
export const MonitoringMeasureSchema = defineEntity({
  name: 'MonitoringMeasureEntry',
  tableName: 'monitoring_measure',
  properties: {
    code: p.enum(MONITORING_MEASURE_CODES).primary(),
    phase: p.enum(MONITORING_PHASES),
    ...catalogueProperties,
  },
});

export type MonitoringMeasureEntry = InferEntity<typeof MonitoringMeasureSchema>;
