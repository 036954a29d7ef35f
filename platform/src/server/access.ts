import { defaultFieldResolver, isObjectType, Kind, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { isRole, type Role } from '../auth/viewer.js';
import { forbidden } from '../errors.js';

/*
 * A subgraph restricts a field by declaring in its SDL
 *   directive @access(roles: [String!]!, because: String) on OBJECT | FIELD_DEFINITION
 * and putting `@access(roles: [...])` on the field, or on a type for all its
 * fields. Fields without it are public. Enforced in the subgraph itself, so a
 * forged `_entities` call or a nested path meets the same rule as the gateway's plan.
 *
 * Personal data (152-ФЗ) is marked besides with
 *   directive @personal(publishAs: String, subject: String = "id") on FIELD_DEFINITION
 * Every read of such a field by a non-public viewer is written to the
 * personal-data access log; an anonymous viewer (or another region's system)
 * may read it only when the subject's publication consent lists `publishAs`.
 */

interface AccessContext {
  viewer: { role: Role };
  personalData: { record(subjectType: string, subjectId: string, field: string): void };
  /** Whether the subject's publication consent covers the item; absent in subgraphs without personal data. */
  publication?: (typeName: string, source: unknown, item: string) => Promise<boolean>;
}

interface PersonalMark {
  publishAs?: string;
  /** Field of the source holding the subject (a person); "id" when the source is the subject itself. */
  subject: string;
}

function personalOf(
  directives:
    | readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[]
    | undefined,
): PersonalMark | undefined {
  const personal = directives?.find((directive) => directive.name.value === 'personal');
  if (!personal) return undefined;
  const argument = (name: string) =>
    (personal.arguments?.find((candidate) => candidate.name.value === name)?.value as { value?: string } | undefined)
      ?.value;
  const publishAs = argument('publishAs');
  return { subject: argument('subject') ?? 'id', ...(publishAs ? { publishAs } : {}) };
}

/** The subject's id: the source's own, a referenced person's (`person`), or a stored id (`personId`). */
function subjectOf(source: unknown, mark: PersonalMark): string {
  const holder = mark.subject === 'id' ? source : (source as Record<string, unknown>)[mark.subject];
  return typeof holder === 'string' ? holder : String((holder as { id: unknown }).id);
}

function rolesOf(
  directives:
    | readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[]
    | undefined,
  where: string,
): Role[] | undefined {
  const access = directives?.find((directive) => directive.name.value === 'access');
  if (!access) return undefined;
  const argument = access.arguments?.find((candidate) => candidate.name.value === 'roles')?.value as
    { kind: string; values?: { kind: string; value?: string }[] } | undefined;
  const roles = argument?.kind === Kind.LIST ? (argument.values ?? []).map((value) => value.value) : [];
  for (const role of roles) if (!isRole(role)) throw new Error(`@access on ${where} names unknown role "${role}"`);
  return roles as Role[];
}

function reasonOf(
  directives:
    | readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[]
    | undefined,
): string | undefined {
  const argument = directives
    ?.find((directive) => directive.name.value === 'access')
    ?.arguments?.find((candidate) => candidate.name.value === 'because')?.value as
    { kind: string; value?: string } | undefined;
  return argument?.kind === Kind.STRING ? argument.value : undefined;
}

/** Wraps the resolver of every field that carries @access (itself or through its type). */
export function enforceAccessRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRoles = rolesOf(type.astNode?.directives, type.name);
    for (const field of Object.values(type.getFields())) {
      const roles = rolesOf(field.astNode?.directives, `${type.name}.${field.name}`) ?? typeRoles;
      const personal = personalOf(field.astNode?.directives);
      if (!roles && !personal) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<
        GraphQLFieldConfig<unknown, AccessContext>['resolve']
      >;
      const path = `${type.name}.${field.name}`;
      // Subjects of personal data are people: a field of another type names the person it is about.
      const subjectType = personal?.subject === 'id' ? type.name : 'Person';
      // A rule of the regulation (who issues an order) is said in its own words, so the refused user learns who may.
      const because = reasonOf(field.astNode?.directives) ?? reasonOf(type.astNode?.directives);
      const refuse = (role: Role) =>
        forbidden(
          `${because ? `${because} ` : ''}Поле ${path} недоступно для роли ${role}; ${path} is not available to this role.`,
          { field: path },
        );
      field.resolve = async (source, args, context: AccessContext, info) => {
        const { role } = context.viewer;
        // Another region's system reads personal data as the public does: only what was consented to.
        if (personal && (role === 'PUBLIC' || role === 'EXTERNAL_SYSTEM')) {
          const published =
            personal.publishAs !== undefined && (await context.publication?.(type.name, source, personal.publishAs));
          if (!published) throw refuse(role);
          return resolve(source, args, context, info);
        }
        if (roles && !roles.includes(role)) throw refuse(role);
        const value = await resolve(source, args, context, info);
        if (personal && value !== null && value !== undefined)
          context.personalData.record(subjectType, subjectOf(source, personal), path);
        return value;
      };
    }
  }
  return schema;
}
