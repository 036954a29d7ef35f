export type { AccessLogEntry as PersonalDataReadMapper } from './access-log.js';
