import { runSubgraph } from '@mentoring/platform';
import { analyticsSubgraph } from './subgraph.js';

await runSubgraph(analyticsSubgraph, 4104);
