import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestLog } from './request-log.js';

/** Contexts of services whose requests are logged: the listener hands each its RequestLog. */
export interface RequestLogContext {
  requestLog: RequestLog;
}

/** Puts the operation's name into the request's line, also when a later check refuses the operation. */
export function operationNamePlugin<TContext extends RequestLogContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ contextValue, operationName }) => {
          contextValue.requestLog.operationResolved(operationName);
          return Promise.resolve();
        },
      }),
  };
}
