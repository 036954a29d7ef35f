import { runSubgraph } from '@mentoring/platform/server';
import { mentoringSubgraph } from './subgraph.js';

await runSubgraph(mentoringSubgraph, 4102);
