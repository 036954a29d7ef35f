import { cliOrmConfig } from '@mentoring/platform/database';
import { registrySubgraph } from './src/subgraph.js';

/** For MikroORM's CLI: `npm run migration:create -w subgraphs/registry -- --name <what-changes>`. */
export default cliOrmConfig(registrySubgraph);
