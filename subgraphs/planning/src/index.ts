import { runSubgraph } from '@mentoring/platform';
import { planningSubgraph } from './subgraph.js';

await runSubgraph(planningSubgraph, 4103);
