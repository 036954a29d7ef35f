import { optionalHttpUrl, requiredText } from '@mentoring/platform/validation';
import type { OrganizationInput, OrganizationPatch } from '../../__generated__/types.generated.js';

export function organizationFields(input: OrganizationInput | OrganizationPatch) {
  return {
    ...(input.name !== undefined && input.name !== null ? { name: requiredText(input.name, 'name') } : {}),
    ...(input.shortName !== undefined && input.shortName !== null
      ? { shortName: requiredText(input.shortName, 'shortName') }
      : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.address !== undefined ? { address: input.address?.trim() || null } : {}),
    ...(input.website !== undefined ? { website: optionalHttpUrl(input.website, 'website') } : {}),
    ...(input.tags ? { tags: [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))] } : {}),
  };
}
