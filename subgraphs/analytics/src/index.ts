import { runSubgraph } from '@mentoring/platform/server';
import { analyticsSubgraph } from './subgraph.js';

await runSubgraph(analyticsSubgraph, 4104);
