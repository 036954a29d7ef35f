import { runSubgraph } from '@mentoring/platform';
import { registrySubgraph } from './subgraph.js';

await runSubgraph(registrySubgraph, 4101);
