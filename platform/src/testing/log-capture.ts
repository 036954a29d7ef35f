import { createLogger, type Logger } from '../logging/logger.js';

/** One JSON log line as written. */
export type LogLine = Record<string, unknown> & { service: string; level: string; msg: string; requestId?: string };

/** Loggers whose lines are kept in memory, for tests to read back what services logged. */
export class LogCapture {
  readonly #written: string[] = [];

  /** A logger of the service, at info level and in JSON, whatever LOG_LEVEL and LOG_FORMAT say. */
  logger(service: string): Logger {
    return createLogger({
      service,
      settings: { level: 'info', format: 'json' },
      destination: {
        write: (line: string) => {
          this.#written.push(line);
        },
      },
    });
  }

  /** Everything written so far, exactly as a log collector would receive it. */
  get text(): string {
    return this.#written.join('');
  }

  get lines(): LogLine[] {
    return this.#written.map((line) => JSON.parse(line) as LogLine);
  }

  clear(): void {
    this.#written.length = 0;
  }
}
