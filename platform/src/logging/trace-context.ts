import { randomBytes } from 'node:crypto';

/** W3C Trace Context: the header a caller names its trace and its own span in. */
export const TRACEPARENT_HEADER = 'traceparent';

/** The trace id of a response, for a person to quote when something went wrong. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Where a request sits in a trace: the trace it belongs to and the span this service serves it in. */
export interface TraceContext {
  /** 32 lowercase hex digits; the request id in every log line. */
  traceId: string;
  /** 16 lowercase hex digits, this service's own span, new for every request. */
  spanId: string;
  /** The caller's span, when the request continued a trace. */
  parentSpanId?: string;
  /** Trace flags as two hex digits; the caller's when continued. */
  flags: string;
}

const ALL_ZERO = /^0+$/;
// Version 00 is exactly this; a later version may append fields after a dash (W3C Trace Context §3.2.4).
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
/** Longer than any traceparent a later version could sensibly send; nothing beyond it is even matched. */
const MAX_TRACEPARENT_LENGTH = 512;

/**
 * The caller's trace context, or undefined when the header is absent or malformed: upper case,
 * version ff, an all-zero id, a repeated header (which Node joins with a comma) are all refused.
 */
export function parseTraceparent(header: string | string[] | undefined): Omit<TraceContext, 'spanId'> | undefined {
  if (typeof header !== 'string' || header.length > MAX_TRACEPARENT_LENGTH) return undefined;
  const match = TRACEPARENT.exec(header);
  if (!match) return undefined;
  const [, version, traceId, parentSpanId, flags, rest] = match;
  if (version === undefined || traceId === undefined || parentSpanId === undefined || flags === undefined)
    return undefined;
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (ALL_ZERO.test(traceId) || ALL_ZERO.test(parentSpanId)) return undefined;
  return { traceId, parentSpanId, flags };
}

/** Joins the caller's trace when its traceparent is valid, and starts a new trace otherwise. */
export function continueTrace(header: string | string[] | undefined): TraceContext {
  const parent = parseTraceparent(header);
  if (parent) return { ...parent, spanId: newSpanId() };
  // Sampled: every request of ours is logged.
  return { traceId: nonZeroHex(16), spanId: newSpanId(), flags: '01' };
}

/** The traceparent this service sends on calls it makes while serving the request: same trace, its span as parent. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}

function newSpanId(): string {
  return nonZeroHex(8);
}

function nonZeroHex(bytes: number): string {
  for (;;) {
    const hex = randomBytes(bytes).toString('hex');
    if (!ALL_ZERO.test(hex)) return hex;
  }
}
