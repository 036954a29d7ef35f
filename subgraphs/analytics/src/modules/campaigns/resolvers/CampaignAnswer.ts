import { present } from '@mentoring/platform/graphql';
import type { CampaignAnswerResolvers } from '../../../__generated__/types.generated.js';

export const CampaignAnswer: CampaignAnswerResolvers = {
  question: async (answer, _, { loaders }) =>
    present(await loaders.campaigns.questionById.load(answer.question.id), `question of answer ${answer.id}`),
  yes: (answer) => answer.yesValue ?? null,
  // A numeric column may come back as text; GraphQL's Float wants the number.
  number: (answer) =>
    answer.numberValue === null || answer.numberValue === undefined ? null : Number(answer.numberValue),
  choice: (answer) => answer.choiceValue ?? null,
  text: (answer) => answer.textValue ?? null,
};
