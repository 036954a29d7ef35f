import { cliOrmConfig } from '@mentoring/platform/database';
import { analyticsSubgraph } from './src/subgraph.js';

/** For MikroORM's CLI: `npm run migration:create -w subgraphs/analytics -- --name <what-changes>`. */
export default cliOrmConfig(analyticsSubgraph);
