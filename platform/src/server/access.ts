import { defaultFieldResolver, isObjectType, Kind, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { isRole, type Role } from '../auth/viewer.js';
import { forbidden } from '../errors.js';

/*
 * A subgraph restricts a field by declaring in its SDL
 *   directive @access(roles: [String!]!) on OBJECT | FIELD_DEFINITION
 * and putting `@access(roles: [...])` on the field, or on a type for all its
 * fields. Fields without it are public. Enforced in the subgraph itself, so a
 * forged `_entities` call or a nested path meets the same rule as the gateway's plan.
 */

interface HasViewer {
  viewer: { role: Role };
}

function rolesOf(directives: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: unknown }[] }[] | undefined, where: string): Role[] | undefined {
  const access = directives?.find((directive) => directive.name.value === 'access');
  if (!access) return undefined;
  const argument = access.arguments?.find((candidate) => candidate.name.value === 'roles')?.value as
    | { kind: string; values?: { kind: string; value?: string }[] }
    | undefined;
  const roles = argument?.kind === Kind.LIST ? (argument.values ?? []).map((value) => value.value) : [];
  for (const role of roles) if (!isRole(role)) throw new Error(`@access on ${where} names unknown role "${role}"`);
  return roles as Role[];
}

/** Wraps the resolver of every field that carries @access (itself or through its type). */
export function enforceAccessRules(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeRoles = rolesOf(type.astNode?.directives, type.name);
    for (const field of Object.values(type.getFields())) {
      const roles = rolesOf(field.astNode?.directives, `${type.name}.${field.name}`) ?? typeRoles;
      if (!roles) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as NonNullable<GraphQLFieldConfig<unknown, HasViewer>['resolve']>;
      const path = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: HasViewer, info) => {
        if (!roles.includes(context.viewer.role)) {
          throw forbidden(`Поле ${path} недоступно для роли ${context.viewer.role}; ${path} is not available to this role.`, { field: path });
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
