import type { SubgraphDefinition } from '@mentoring/platform';
import { fileURLToPath } from 'node:url';
import { mentoringDemoData } from './demo-data.js';
import { createMentoringLoaders, type MentoringLoaders } from './loaders.js';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { resolvers } from './resolvers.js';

/** Наставничество: forms, pairs and groups, in PostgreSQL schema `mentoring`. */
export const mentoringSubgraph: SubgraphDefinition<MentoringLoaders> = {
  name: 'mentoring',
  dbSchema: 'mentoring',
  schemaFile: fileURLToPath(new URL('../schema.graphql', import.meta.url)),
  resolvers: resolvers as SubgraphDefinition<MentoringLoaders>['resolvers'],
  entities: [MentoringFormSchema, MentoringPairSchema],
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  createLoaders: createMentoringLoaders,
  demoData: mentoringDemoData,
};
