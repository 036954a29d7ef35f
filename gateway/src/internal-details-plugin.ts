import type { ApolloServerPlugin } from '@apollo/server';
import { maskError } from '@mentoring/platform/errors';
import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context.js';

/**
 * @apollo/gateway reports the nulls it had to complete (a subgraph answered
 * null, or nothing, for a non-null field) in a response extension,
 * `valueCompletion`, naming internal types, and then leaves `errors` empty.
 * A client gets each of them as a masked error on its path instead, so a null
 * is never unexplained, and no response extension but those we answer on
 * purpose (a dry run's `cost`).
 */
export function internalDetailsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind === 'single')
            response.body.singleResult = withoutExtensions(response.body.singleResult);
          return Promise.resolve();
        },
      }),
  };
}

/** Response extensions the gateway answers itself. */
const OUR_EXTENSIONS = new Set(['cost']);

function withoutExtensions(singleResult: FormattedExecutionResult): FormattedExecutionResult {
  const { extensions, ...result } = singleResult;
  if (!extensions) return singleResult;
  const completions = Array.isArray(extensions['valueCompletion']) ? (extensions['valueCompletion'] as unknown[]) : [];
  const errors = [...(result.errors ?? []), ...completions.map((completion) => maskError(formatted(completion)))];
  const ours = Object.fromEntries(Object.entries(extensions).filter(([name]) => OUR_EXTENSIONS.has(name)));
  return {
    ...result,
    ...(errors.length > 0 ? { errors } : {}),
    ...(Object.keys(ours).length > 0 ? { extensions: ours } : {}),
  };
}

function formatted(completion: unknown): GraphQLFormattedError {
  if (completion instanceof GraphQLError) return completion.toJSON();
  return { message: String(completion) };
}
