import { cliOrmConfig } from '@mentoring/platform/database';
import { mentoringSubgraph } from './src/subgraph.js';

/** For MikroORM's CLI: `npm run migration:create -w subgraphs/mentoring -- --name <what-changes>`. */
export default cliOrmConfig(mentoringSubgraph);
