import type { Viewer } from '@mentoring/platform/auth';
import type { RequestLog } from '@mentoring/platform/logging';
import type { CostReport } from './limits/limits-plugin.js';
import type { SharedAnswerOutcome } from './shared-answers/shared-answers.js';

/** Per request at the gateway: the verified viewer and the token to hand to our subgraphs. */
export interface GatewayContext {
  viewer: Viewer;
  /** The client's Authorization header, already verified; forwarded only to subgraphs that are ours. */
  authorization?: string;
  /** sha256 of the client's operation, set once it is parsed; our subgraphs log it with personal-data reads. */
  operationHash?: string;
  /** Whether the operation is one of gateway/operations, as the limits plugin found it; such answers are open to CORS. */
  registeredOperation?: boolean;
  /** How a public answer was produced (shared-answers): kept from before, shared with a request in flight, or run. */
  sharedAnswer?: SharedAnswerOutcome;
  /** A dry run's report (the request's `extensions.dryRun`): answered instead of running the operation. */
  costReport?: CostReport;
  /** The request's trace (passed on to subgraphs) and what its log line will say. */
  requestLog: RequestLog;
}

/** The context of one operation at the gateway: the client's token is handed on only for a signed-in viewer. */
export function gatewayContext(viewer: Viewer, requestLog: RequestLog, authorization?: string): GatewayContext {
  return { viewer, requestLog, ...(viewer.role !== 'PUBLIC' && authorization ? { authorization } : {}) };
}
