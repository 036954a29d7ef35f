import { defineSubgraph } from '@mentoring/platform';
import { mentoringDemoData } from './demo-data.js';
import { createMentoringLoaders, type MentoringLoaders } from './loaders.js';
import { MentoringFormSchema } from './modules/forms/form.entity.js';
import { MentoringPairSchema } from './modules/pairs/pair.entity.js';
import { resolvers } from './resolvers.js';

/** Наставничество: forms, pairs and groups, in PostgreSQL schema `mentoring`. */
export const mentoringSubgraph = defineSubgraph<MentoringLoaders>(import.meta.url, {
  name: 'mentoring',
  dbSchema: 'mentoring',
  resolvers,
  entities: [MentoringFormSchema, MentoringPairSchema],
  createLoaders: createMentoringLoaders,
  demoData: mentoringDemoData,
});
