import { runSubgraph } from '@mentoring/platform/server';
import { registrySubgraph } from './subgraph.js';

await runSubgraph(registrySubgraph, 4101);
