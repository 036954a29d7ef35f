import { type EntityManager } from '@mentoring/platform/database';
import { badUserInput } from '@mentoring/platform/errors';
import type { CampaignQuestionInput } from '../../__generated__/types.generated.js';
import { IndicatorSchema } from '../indicators/indicator.entity.js';
import { DEFAULT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './answer-rules.js';
import type { IndicatorAggregation, QuestionKind } from './question.entity.js';

export const MAX_QUESTIONS = 100;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export interface QuestionToStore {
  position: number;
  code: string;
  text: string;
  kind: QuestionKind;
  options: string[];
  required: boolean;
  maxLength: number | null;
  indicatorCode: string | null;
  aggregation: IndicatorAggregation | null;
}

const AGGREGATION_KINDS: Record<IndicatorAggregation, QuestionKind[]> = {
  SHARE_YES: ['YES_NO'],
  SUM: ['NUMBER', 'PERCENT'],
  AVERAGE: ['NUMBER', 'PERCENT'],
};

/**
 * What gives a percentage: the share of «да» among the answers, or the mean of percents. A sum of numbers (or of
 * percents), or a mean of plain numbers, beside a % indicator would mix units («2 (сумма по 1 ОО)» next to a share).
 */
const fitsPercent = (kind: QuestionKind, aggregation: IndicatorAggregation) =>
  (aggregation === 'SHARE_YES' && kind === 'YES_NO') || (aggregation === 'AVERAGE' && kind === 'PERCENT');

/** The form (анкета) of a new campaign, checked question by question; each refusal names the question's path. */
export async function questionsToStore(
  em: EntityManager,
  questions: readonly CampaignQuestionInput[],
): Promise<QuestionToStore[]> {
  if (questions.length === 0 || questions.length > MAX_QUESTIONS)
    throw badUserInput(`В анкете от 1 до ${MAX_QUESTIONS} вопросов; a form has 1 to ${MAX_QUESTIONS} questions.`, {
      argument: 'input.questions',
    });
  const codes = new Set<string>();
  const stored: QuestionToStore[] = [];
  for (const [index, question] of questions.entries()) {
    const at = `input.questions[${index}]`;
    const refuse = (message: string, field: string) => badUserInput(message, { argument: `${at}.${field}` });
    const code = question.code.trim();
    if (!CODE.test(code))
      throw refuse(
        'Код вопроса: заглавные латинские буквы, цифры и _, с буквы (до 64); the code is upper-case Latin letters, digits and _.',
        'code',
      );
    if (codes.has(code)) throw refuse(`Код ${code} повторяется; question codes are unique in a form.`, 'code');
    codes.add(code);
    const text = question.text.trim();
    if (text === '') throw refuse('Текст вопроса не может быть пустым; the question text is required.', 'text');
    const options = (question.options ?? []).map((option) => option.trim());
    if (question.kind === 'CHOICE') {
      if (options.length < 2 || options.length > 50 || options.some((option) => option === ''))
        throw refuse('У вопроса с выбором 2–50 непустых вариантов; a CHOICE question has 2 to 50 options.', 'options');
      if (new Set(options).size !== options.length)
        throw refuse('Варианты ответа повторяются; the options must be distinct.', 'options');
    } else if (options.length > 0) {
      throw refuse('Варианты ответа бывают только у вопроса с выбором; only a CHOICE question has options.', 'options');
    }
    const { maxLength } = question;
    if (maxLength !== null && maxLength !== undefined) {
      if (question.kind !== 'TEXT')
        throw refuse(
          'Длина ответа задаётся только для текстового вопроса; maxLength is for TEXT questions.',
          'maxLength',
        );
      if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_TEXT_LENGTH)
        throw refuse(`Длина ответа от 1 до ${MAX_TEXT_LENGTH}; maxLength is 1 to ${MAX_TEXT_LENGTH}.`, 'maxLength');
    }
    const indicatorCode = question.indicatorCode?.trim() || null;
    const aggregation = question.aggregation ?? null;
    if ((indicatorCode === null) !== (aggregation === null))
      throw refuse(
        'Показатель и способ агрегирования указываются вместе; indicatorCode and aggregation go together.',
        indicatorCode === null ? 'indicatorCode' : 'aggregation',
      );
    if (aggregation && !AGGREGATION_KINDS[aggregation].includes(question.kind))
      throw refuse(
        `${aggregation} подходит только для вопросов ${AGGREGATION_KINDS[aggregation].join(', ')}; the aggregation does not fit a ${question.kind} question.`,
        'aggregation',
      );
    if (indicatorCode && aggregation) {
      const indicator = await em.findOne(IndicatorSchema, { code: indicatorCode });
      if (!indicator)
        throw refuse(`Показателя ${indicatorCode} нет в каталоге; no indicator with this code.`, 'indicatorCode');
      if (indicator.unit === '%' && !fitsPercent(question.kind, aggregation))
        throw refuse(
          `Показатель ${indicatorCode} измеряется в процентах: его дают только доля ответов «да» (SHARE_YES, вопрос YES_NO) или среднее процентов (AVERAGE, вопрос PERCENT), а не ${aggregation} вопроса ${question.kind}; a % indicator takes SHARE_YES of a YES_NO question or AVERAGE of a PERCENT question only.`,
          'aggregation',
        );
    }
    stored.push({
      position: index + 1,
      code,
      text,
      kind: question.kind,
      options,
      required: question.required ?? false,
      maxLength: question.kind === 'TEXT' ? (maxLength ?? DEFAULT_TEXT_LENGTH) : null,
      indicatorCode,
      aggregation,
    });
  }
  return stored;
}
