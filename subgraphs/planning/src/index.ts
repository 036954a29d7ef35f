import { runSubgraph } from '@mentoring/platform/server';
import { planningSubgraph } from './subgraph.js';

await runSubgraph(planningSubgraph, 4103);
