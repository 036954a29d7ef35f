import { runMutation } from '@mentoring/platform/database';
import { badUserInput, forbidden } from '@mentoring/platform/errors';
import { requiredText } from '@mentoring/platform/validation';
import type { MutationResolvers } from '../../../../__generated__/types.generated.js';
import { checkedYears, optionalText } from '../../roadmap-input.js';
import { EDIT_REFUSAL, mayEdit, ownerTerritory, type RoadmapOwner } from '../../roadmap-rights.js';
import { RoadmapSchema } from '../../roadmap.entity.js';

export const createRoadmap: NonNullable<MutationResolvers['createRoadmap']> = (_, { input }, context) =>
  runMutation(context.em, async (tx) => {
    const ids = [
      ['REGION', input.regionId, 'input.regionId'],
      ['MUNICIPALITY', input.municipalityId, 'input.municipalityId'],
      ['ORGANIZATION', input.organizationId, 'input.organizationId'],
    ] as const;
    const given = ids.flatMap(([level, id, argument]) => (id ? [{ level, id, argument }] : []));
    const [first] = given;
    if (!first || given.length !== 1)
      throw badUserInput(
        'Укажите ровно одного владельца дорожной карты: regionId, municipalityId или organizationId; a roadmap has exactly one owner.',
        { field: 'input' },
      );
    const { level, id: ownerId, argument } = first;
    const owner: RoadmapOwner = {
      level,
      regionId: level === 'REGION' ? ownerId : null,
      municipalityId: level === 'MUNICIPALITY' ? ownerId : null,
      organizationId: level === 'ORGANIZATION' ? ownerId : null,
    };
    const territory = await ownerTerritory(tx, owner, argument);
    if (!mayEdit(context.viewer, territory)) throw forbidden(EDIT_REFUSAL);
    checkedYears(input.startYear, input.endYear);
    const roadmap = tx.create(RoadmapSchema, {
      ...owner,
      title: requiredText(input.title, 'input.title'),
      startYear: input.startYear,
      endYear: input.endYear,
      approvedBy: optionalText(input.approvedBy, 'input.approvedBy'),
      note: optionalText(input.note, 'input.note'),
      source: null,
      dataOrigin: 'ENTERED',
      createdBy: context.viewer.subject,
    });
    await tx.flush();
    return roadmap;
  });
