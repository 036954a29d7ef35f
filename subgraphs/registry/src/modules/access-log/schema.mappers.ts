export type { AccessLogEntry as PersonalDataReadMapper } from '../people/access-log.js';
