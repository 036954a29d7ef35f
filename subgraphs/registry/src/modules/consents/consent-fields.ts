import { badUserInput } from '@mentoring/platform/errors';
import type { ConsentInput } from '../../__generated__/types.generated.js';
import { PUBLISHABLE_FIELDS } from './consent.entity.js';

export function consentFields(input: ConsentInput): string[] {
  const fields = [...new Set(input.fields ?? [])];
  const unknown = fields.filter((field) => !(PUBLISHABLE_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0)
    throw badUserInput(
      `Нельзя опубликовать: ${unknown.join(', ')}; publishable items are ${PUBLISHABLE_FIELDS.join(', ')}.`,
      { field: 'fields' },
    );
  if (input.kind === 'PUBLICATION' && fields.length === 0)
    throw badUserInput(
      'Согласие на распространение должно перечислять данные; a publication consent lists what may be published.',
      { field: 'fields' },
    );
  if (input.kind === 'PROCESSING' && fields.length > 0)
    throw badUserInput(
      'Согласие на обработку не перечисляет публикуемые данные; fields belong to a publication consent.',
      { field: 'fields' },
    );
  return fields;
}
