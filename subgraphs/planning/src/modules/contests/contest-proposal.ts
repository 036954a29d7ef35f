import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import { optionalHttpUrl, requiredText } from '@mentoring/platform/validation';
import type { ContestPracticeProposalInput } from '../../__generated__/types.generated.js';

/** Наибольшее число авторов предложенной практики. */
export const MAX_PROPOSAL_AUTHORS = 50;

/**
 * A practice proposed with an application, checked like the bank's own practice input (mentoring's createPractice:
 * non-blank title and summary within the SDL's maxima, an http(s) materials URL, distinct authors) plus: at least one
 * author, at most MAX_PROPOSAL_AUTHORS, and a form code mentoring's catalogue has (mentoring_pub.mentoring_form).
 * The authors are people the viewer may see (@person, checked before the resolver runs).
 */
export async function checkedProposal(em: EntityManager, input: ContestPracticeProposalInput) {
  const title = requiredText(input.title, 'proposal.title');
  const summary = requiredText(input.summary, 'proposal.summary');
  const authorPersonIds = [...new Set(input.authorPersonIds)];
  if (authorPersonIds.length === 0 || authorPersonIds.length > MAX_PROPOSAL_AUTHORS)
    throw badUserInput(
      `Авторов практики от 1 до ${MAX_PROPOSAL_AUTHORS}; a proposed practice names 1 to ${MAX_PROPOSAL_AUTHORS} authors.`,
      { field: 'proposal.authorPersonIds' },
    );
  const materialsUrl = optionalHttpUrl(input.materialsUrl, 'proposal.materialsUrl');
  let formCode: string | null = null;
  if (input.formCode != null) {
    const [form] = await em.execute<{ code: string }[]>(
      'select "code" from "mentoring_pub"."mentoring_form" where "code" = ?',
      [input.formCode],
    );
    if (!form)
      throw badUserInput(
        'Нет такой формы наставничества в каталоге (formCode, e.g. TEACHER_TEACHER); no such mentoring form.',
        { field: 'proposal.formCode' },
      );
    formCode = form.code;
  }
  return { title, summary, authorPersonIds, materialsUrl, formCode };
}
