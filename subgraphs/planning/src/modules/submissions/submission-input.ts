import { badUserInput } from '@mentoring/platform/errors';
import { optionalWebUrl, requiredText, todayIso } from '@mentoring/platform/validation';
import type { SubmitReportInput } from '../../__generated__/types.generated.js';

const optionalText = (value: string | null | undefined, field: string) =>
  value === null || value === undefined ? null : requiredText(value, field);

/**
 * The document as submitted: a title, an http(s) address of a web host or a number, or several — none of them made only of
 * invisible characters; its date not after today (a UTC calendar day).
 */
export function checkedDocument(input: SubmitReportInput) {
  const document = {
    documentTitle: optionalText(input.documentTitle, 'input.documentTitle'),
    documentUrl: optionalWebUrl(input.documentUrl, 'input.documentUrl'),
    documentNumber: optionalText(input.documentNumber, 'input.documentNumber'),
    documentDate: input.documentDate ?? null,
  };
  if (!document.documentTitle && !document.documentUrl && !document.documentNumber)
    throw badUserInput(
      'Укажите документ: наименование, адрес (URL) или номер; a submission needs its document’s title, address or number.',
      { argument: 'input' },
    );
  if (document.documentDate && document.documentDate > todayIso())
    throw badUserInput(
      `Дата документа ${document.documentDate} ещё не наступила; a document cannot be dated in the future.`,
      { argument: 'input.documentDate' },
    );
  return document;
}
