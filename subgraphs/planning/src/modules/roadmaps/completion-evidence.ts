import { badUserInput } from '@mentoring/platform/errors';
import { optionalHttpUrl, requiredText } from '@mentoring/platform/validation';

/** Evidence in words, a web address or both: a given text must not be blank, and one of the two is required. */
export function evidenceOf(input: { evidence?: string | null; evidenceUrl?: string | null }): {
  evidence: string | null;
  evidenceUrl: string | null;
} {
  const evidence =
    input.evidence === null || input.evidence === undefined ? null : requiredText(input.evidence, 'evidence');
  const url =
    input.evidenceUrl === null || input.evidenceUrl === undefined
      ? null
      : requiredText(input.evidenceUrl, 'evidenceUrl');
  const evidenceUrl = optionalHttpUrl(url, 'evidenceUrl');
  if (!evidence && !evidenceUrl) {
    throw badUserInput(
      'Укажите подтверждение выполнения: текст (evidence), адрес (evidenceUrl) или оба; a completion needs its evidence.',
      { field: 'evidence' },
    );
  }
  return { evidence, evidenceUrl };
}
