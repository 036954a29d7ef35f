import { ContestApplicationSchema } from './application.entity.js';
import { ContestSchema } from './contest.entity.js';
import { ContestJurorSchema } from './juror.entity.js';
import { ContestNominationSchema } from './nomination.entity.js';
import { ContestScoreSchema } from './score.entity.js';

/** The contests module's entities, for the subgraph's ORM. */
export const CONTEST_ENTITIES = [
  ContestSchema,
  ContestNominationSchema,
  ContestJurorSchema,
  ContestApplicationSchema,
  ContestScoreSchema,
];
