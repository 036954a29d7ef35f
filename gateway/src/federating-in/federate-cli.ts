import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  addSubgraph,
  checkList,
  introspectSdl,
  removeSubgraph,
  REPOSITORY_FILES,
  type FederateOutcome,
} from './federate.js';
import { describeRefusals } from './policy.js';

const USAGE = `Usage (docs/federating-in.md):
  npm run federate -- add <name> <url> [--schema <file> | --introspect]   join, or take a new version of a joined subgraph
  npm run federate -- remove <name>                                       leave
  npm run federate -- check                                               the whole list against the rules (as CI does)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { schema: { type: 'string' }, introspect: { type: 'boolean' }, help: { type: 'boolean' } },
});
const [command, name, url] = positionals;

async function run(): Promise<FederateOutcome | undefined> {
  if (values.help) return undefined;
  if (command === 'add' && name && url && positionals.length === 3 && !(values.schema && values.introspect)) {
    let sdl: string;
    try {
      sdl = values.schema ? readFileSync(values.schema, 'utf8') : await introspectSdl(url);
    } catch (error) {
      const source = values.schema ?? `${url} ({ _service { sdl } })`;
      return {
        ok: false,
        problem: `Схема не получена из ${source}; could not read the schema: ${(error as Error).message}`,
      };
    }
    return addSubgraph(REPOSITORY_FILES, name, url, sdl);
  }
  if (command === 'remove' && name && positionals.length === 2) return removeSubgraph(REPOSITORY_FILES, name);
  if (command === 'check' && positionals.length === 1) return checkList(REPOSITORY_FILES);
  return undefined;
}

const outcome = await run();
if (!outcome) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
if (outcome.ok) console.log(outcome.message);
else if ('refusals' in outcome)
  console.error(`Refused by the federation policy:\n${describeRefusals(outcome.refusals)}`);
else console.error(outcome.problem);
process.exit(outcome.ok ? 0 : 1);
