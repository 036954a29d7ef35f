import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@mentoring/platform/logging';
import { readFileSync } from 'node:fs';

/** How often the gateway looks at the supergraph file; a join takes effect within this long. */
export const SUPERGRAPH_POLL_MS = 1_000;

/**
 * The supergraph as the file holds it, followed while the gateway runs: `npm run federate` writes a new supergraph
 * (by rename, so a reader never sees half a file) and the gateway takes it without a restart. A supergraph the
 * gateway cannot build is refused by @apollo/gateway's own update, which keeps the schema it serves; the refusal is
 * logged once per file content. `beforeUpdate` runs first, so the data sources know a joiner's address when the new
 * supergraph asks for them.
 */
export function watchedSupergraph(options: {
  file: string;
  logger: Logger;
  beforeUpdate: () => void;
  pollMs?: number;
}): SupergraphSdlHook {
  return ({ update }) => {
    let seen = readFileSync(options.file, 'utf8');
    const look = () => {
      let next: string;
      try {
        next = readFileSync(options.file, 'utf8');
      } catch (error) {
        options.logger.error({ cause: String(error) }, 'supergraph file unreadable; serving the previous supergraph');
        return;
      }
      if (next === seen) return;
      seen = next;
      try {
        options.beforeUpdate();
        update(next);
        options.logger.info({ file: options.file }, 'supergraph updated');
      } catch (error) {
        options.logger.error(
          { cause: error instanceof Error ? error.message : String(error) },
          'new supergraph refused; serving the previous supergraph',
        );
      }
    };
    const timer = setInterval(look, options.pollMs ?? SUPERGRAPH_POLL_MS);
    timer.unref();
    return Promise.resolve({
      supergraphSdl: seen,
      cleanup: () => {
        clearInterval(timer);
        return Promise.resolve();
      },
    });
  };
}
