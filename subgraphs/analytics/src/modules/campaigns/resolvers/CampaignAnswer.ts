import { present } from '@mentoring/platform/graphql';
import type { CampaignAnswerResolvers } from '../../../__generated__/types.generated.js';

export const CampaignAnswer: CampaignAnswerResolvers = {
  question: async (answer, _, { loaders }) =>
    present(await loaders.campaigns.questionById.load(answer.question.id), `question of answer ${answer.id}`),
  yes: (answer) => answer.yesValue ?? null,
  number: (answer) => answer.numberValue ?? null,
  choice: (answer) => answer.choiceValue ?? null,
  text: (answer) => answer.textValue ?? null,
};
