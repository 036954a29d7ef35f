export * from './logger.js';
export * from './trace-context.js';
export * from './request-log.js';
export * from './operation-plugin.js';
export {
  currentLogger,
  describeInternalError,
  withoutQuotedValues,
  type InternalErrorDescription,
} from './internal-error.js';
