import { forbidden, notFound } from '@mentoring/platform/errors';
import type { Context } from '../../context.js';
import { OrganizationSchema, type Organization } from './organization.entity.js';
import { MunicipalitySchema, type Municipality } from '../territories/municipality.entity.js';

const outside = () => forbidden('Это вне вашей территории; this is outside your territory.');

/** The organization, which must exist and lie in the viewer's territory. */
export async function organizationToWrite({ em, loaders }: Context, id: string): Promise<Organization> {
  const organization = await em.findOne(OrganizationSchema, { id });
  if (!organization) throw notFound(`Организация ${id} не найдена; no organization with id ${id}.`);
  if (!(await loaders.organizationInScope.load(organization.id))) throw outside();
  return organization;
}

/** A municipality where the viewer may add organizations: an operator's region or a coordinator's own. */
export async function municipalityToWrite({ em, viewer }: Context, oktmo: string): Promise<Municipality> {
  const municipality = await em.findOne(MunicipalitySchema, { oktmo }, { populate: ['region'] });
  if (!municipality)
    throw notFound(`Муниципальное образование с ОКТМО ${oktmo} не найдено; no municipality with ОКТМО ${oktmo}.`);
  const allowed =
    (viewer.role === 'REGIONAL_OPERATOR' && municipality.region.code === viewer.scope.regionCode) ||
    (viewer.role === 'MUNICIPAL_COORDINATOR' && municipality.oktmo === viewer.scope.municipalityOktmo);
  if (!allowed) throw outside();
  return municipality;
}
