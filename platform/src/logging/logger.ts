import { hostname } from 'node:os';
import { Writable } from 'node:stream';
import { pino, type DestinationStream, type LevelWithSilent, type Logger, type LoggerOptions } from 'pino';
import { PinoPretty } from 'pino-pretty';
import { envChoice, envInt } from '../config/env.js';

export type { DestinationStream, Logger } from 'pino';

export const LOG_LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogSettings {
  level: LogLevel;
  /** JSON for log collectors, one line per entry; pretty for a person reading a terminal. */
  format: LogFormat;
  /** A request that takes longer is logged at warn as slow. */
  slowRequestMs: number;
}

/**
 * LOG_LEVEL, LOG_FORMAT and SLOW_REQUEST_MS. JSON is the production default; an explicit LOG_FORMAT
 * wins either way. Under vitest only warnings and worse are written, so test output stays readable.
 */
export function readLogSettings(): LogSettings {
  const production = process.env['NODE_ENV'] === 'production';
  return {
    level: envChoice('LOG_LEVEL', LOG_LEVELS, process.env['VITEST'] ? 'warn' : 'info'),
    format: envChoice('LOG_FORMAT', LOG_FORMATS, production ? 'json' : 'pretty'),
    slowRequestMs: envInt('SLOW_REQUEST_MS', 1000),
  };
}

const SECRET_HEADERS = ['authorization', 'cookie', '["x-gateway-secret"]'];

/** Secrets a header object may carry, wherever a line puts it (`headers` or `req.headers`). */
export const REDACTED_PATHS = SECRET_HEADERS.flatMap((header) => {
  const key = header.startsWith('[') ? header : `.${header}`;
  return [`headers${key}`, `*.headers${key}`];
});

export interface CreateLoggerOptions {
  /** Bound in every line, so lines of all services can share one stream. */
  service: string;
  /**
   * Where lines go, in the configured format: stdout, and errors to stderr, unless given
   * (tests pass an object with `write` to read the lines back).
   */
  destination?: DestinationStream;
  /** Read from the environment unless given. */
  settings?: Partial<Pick<LogSettings, 'level' | 'format'>>;
}

/** The logger of one service; every line of it names the service. */
export function createLogger({ service, destination, settings }: CreateLoggerOptions): Logger {
  const { level, format } = { ...readLogSettings(), ...settings };
  const options: LoggerOptions = {
    level,
    base: { service, pid: process.pid, hostname: hostname() },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(format === 'json'
      ? { timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } }
      : {}),
  };
  return pino(options, destination ? inFormat(format, toStream(destination)) : standardStreams(format));
}

/**
 * Errors go to stderr, everything else to stdout: the launcher shows a quiet child's stderr only, and a
 * failing service must still say why. Writes are synchronous, so a line logged just before
 * `process.exit` is not lost.
 */
function standardStreams(format: LogFormat): DestinationStream {
  return pino.multistream(
    [
      { level: 'trace', stream: inFormat(format, pino.destination({ dest: 1, sync: true })) },
      { level: 'error', stream: inFormat(format, pino.destination({ dest: 2, sync: true })) },
    ],
    { dedupe: true },
  );
}

/** pino writes JSON; for a terminal, pino-pretty rewrites each line in this thread, not in a worker transport. */
function inFormat(format: LogFormat, stream: DestinationStream | NodeJS.WritableStream): DestinationStream {
  if (format === 'json') return stream;
  return PinoPretty({
    destination: stream,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
    messageFormat: '[{service}] {msg}',
  });
}

/** pino-pretty pipes into a real stream; a plain `{ write }` object is given one. */
function toStream(destination: DestinationStream): NodeJS.WritableStream {
  if (destination instanceof Writable) return destination;
  return new Writable({
    decodeStrings: false,
    write(chunk: unknown, _encoding, done) {
      destination.write(String(chunk));
      done();
    },
  });
}
