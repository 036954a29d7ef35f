import { badUserInput } from '@mentoring/platform/errors';
import { isHttpUrl } from '@mentoring/platform/validation';
import type { CampaignAnswerInput } from '../../__generated__/types.generated.js';
import type { CampaignQuestion } from './question.entity.js';

/** Numbers beyond this magnitude are no count or amount a school reports (and the column keeps 6 decimals). */
export const MAX_NUMBER = 1e12;
/** TEXT answers without a maximum of their own, and every URL. */
export const DEFAULT_TEXT_LENGTH = 2000;
export const MAX_TEXT_LENGTH = 10_000;

export interface AnswerValue {
  yesValue: boolean | null;
  numberValue: number | null;
  choiceValue: string | null;
  textValue: string | null;
}

const EMPTY: AnswerValue = { yesValue: null, numberValue: null, choiceValue: null, textValue: null };

/**
 * The stored value of an answer, checked against its question's kind: a percent from 0 to 100, a number of sane
 * magnitude, a choice among the options as written, text within the question's length, an http(s) URL. A value of
 * another kind than the question's is refused; an answer with no value at all clears it (null).
 */
export function answerValue(question: CampaignQuestion, input: CampaignAnswerInput, index: number): AnswerValue | null {
  const field = `answers[${index}]`;
  const refuse = (message: string, part: string) =>
    badUserInput(`Вопрос «${question.code}»: ${message}`, { argument: `${field}.${part}` });
  const given = (['yes', 'number', 'choice', 'text'] as const).filter(
    (key) => input[key] !== null && input[key] !== undefined,
  );
  if (given.length === 0) return null;
  const expected = {
    YES_NO: 'yes',
    NUMBER: 'number',
    PERCENT: 'number',
    CHOICE: 'choice',
    TEXT: 'text',
    URL: 'text',
    FILE_LINK: 'text',
  }[question.kind];
  const [key] = given;
  if (given.length > 1 || key !== expected)
    throw refuse(
      `ответ вида ${question.kind} даётся полем ${expected}; a ${question.kind} answer is given in \`${expected}\` only.`,
      key === expected ? (given[1] ?? expected) : (key ?? expected),
    );
  switch (question.kind) {
    case 'YES_NO':
      return { ...EMPTY, yesValue: Boolean(input.yes) };
    case 'NUMBER':
    case 'PERCENT': {
      const value = input.number as number;
      if (!Number.isFinite(value) || Math.abs(value) > MAX_NUMBER)
        throw refuse(`число вне допустимых пределов (±10¹²); the number is out of range.`, 'number');
      if (question.kind === 'PERCENT' && (value < 0 || value > 100))
        throw refuse(`процент должен быть от 0 до 100, получено ${value}; a percent is between 0 and 100.`, 'number');
      return { ...EMPTY, numberValue: value };
    }
    case 'CHOICE': {
      const choice = input.choice as string;
      if (!question.options.includes(choice))
        throw refuse(
          `вариант «${choice}» не из списка (${question.options.map((option) => `«${option}»`).join(', ')}); the choice must be one of the options.`,
          'choice',
        );
      return { ...EMPTY, choiceValue: choice };
    }
    case 'TEXT': {
      const text = (input.text as string).trim();
      const max = question.maxLength ?? DEFAULT_TEXT_LENGTH;
      if (text === '') return null;
      if (Array.from(text).length > max)
        throw refuse(`ответ длиннее ${max} символов; the answer is longer than ${max} characters.`, 'text');
      return { ...EMPTY, textValue: text };
    }
    case 'URL':
    case 'FILE_LINK': {
      const text = (input.text as string).trim();
      if (text === '') return null;
      if (text.length > DEFAULT_TEXT_LENGTH || !isHttpUrl(text) || !URL.canParse(text))
        throw refuse(
          'нужна ссылка, начинающаяся с http:// или https:// (до 2000 символов); an http(s) URL is expected.',
          'text',
        );
      return { ...EMPTY, textValue: text };
    }
  }
}
