import { buildASTSchema, isObjectType, Kind, parse, type ConstDirectiveNode } from 'graphql';
import { readSubgraphList, readSubgraphSdl } from '../config/subgraph-list.js';
import type { Role } from '../auth/viewer.js';

/** One protected coordinate of a subgraph SDL: `Type` (all its fields) or `Type.field`. */
export interface AccessDeclaration {
  coordinate: string;
  subgraph: string;
  /** Roles of @access (the field's own, else its type's); undefined when only @personal applies. */
  roles?: Role[];
  /** @personal(publishAs:): anonymous readers see it when the subject consented to this item. */
  publishAs?: string;
  personal: boolean;
}

function argument(directive: ConstDirectiveNode | undefined, name: string) {
  return directive?.arguments?.find((candidate) => candidate.name.value === name)?.value;
}

/** Every @access and @personal declaration of the subgraphs listed in schema/subgraphs.json. */
export function accessDeclarations(): AccessDeclaration[] {
  const declarations: AccessDeclaration[] = [];
  const rolesOf = (directives: readonly ConstDirectiveNode[] | undefined) => {
    const list = argument(
      directives?.find((directive) => directive.name.value === 'access'),
      'roles',
    );
    return list?.kind === Kind.LIST
      ? (list.values.map((value) => (value.kind === Kind.STRING ? value.value : '')) as Role[])
      : undefined;
  };
  for (const entry of readSubgraphList()) {
    // The built schema merges each module's `extend type Query/Mutation` into one type, so no declaration is missed.
    const schema = buildASTSchema(parse(readSubgraphSdl(entry)), { assumeValidSDL: true });
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      const typeRoles = rolesOf([type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []));
      if (typeRoles)
        declarations.push({ coordinate: type.name, subgraph: entry.name, roles: typeRoles, personal: false });
      for (const field of Object.values(type.getFields())) {
        const directives = field.astNode?.directives;
        const roles = rolesOf(directives) ?? typeRoles;
        const personal = directives?.find((directive) => directive.name.value === 'personal');
        const publishAs = argument(personal, 'publishAs');
        if (!rolesOf(directives) && !personal) continue;
        declarations.push({
          coordinate: `${type.name}.${field.name}`,
          subgraph: entry.name,
          ...(roles ? { roles } : {}),
          ...(publishAs?.kind === Kind.STRING ? { publishAs: publishAs.value } : {}),
          personal: Boolean(personal),
        });
      }
    }
  }
  return declarations;
}
