import { cliOrmConfig } from '@mentoring/platform/database';
import { planningSubgraph } from './src/subgraph.js';

/** For MikroORM's CLI: `npm run migration:create -w subgraphs/planning -- --name <what-changes>`. */
export default cliOrmConfig(planningSubgraph);
