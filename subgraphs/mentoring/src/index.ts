import { runSubgraph } from '@mentoring/platform';
import { mentoringSubgraph } from './subgraph.js';

await runSubgraph(mentoringSubgraph, 4102);
