import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
} from 'graphql';

/**
 * The rules a subgraph of another region is held to before it joins (docs/federating-in.md, «Правила»). Each
 * refusal names its rule and the schema coordinate that broke it, so the joining engineer knows what to change.
 */
export type PolicyRule =
  /** Person and every type with a field marked @personal are ours alone: no fields added, no stub to hang them on. */
  | 'PERSONAL_TYPE'
  /** Only the entities the contract opens may be extended, and only by the keys it names. */
  | 'ENTITY_NOT_OPEN'
  | 'KEY_NOT_ALLOWED'
  /** A field of ours may not be defined again (shared), taken over or marked @shareable by a joiner. */
  | 'FIELD_OURS'
  | 'OVERRIDE'
  | 'SHAREABLE'
  /** @requires / @provides / @external would make the gateway send our fields (maybe personal) to the joiner. */
  | 'REQUIRES_OURS'
  /** Our enums, inputs, value types and directives keep their one definition (a scalar may be repeated: it holds nothing). */
  | 'TYPE_OURS'
  /**
   * On our types a joiner puts only `@key`, and on the fields it adds only `@deprecated`: no other directive (a
   * renamed `@override` included), no interface added to our type, no root type renamed in a `schema` block.
   */
  | 'DIRECTIVE_ON_OURS'
  /**
   * A field a joiner adds to our types, or to the root, is nullable: when the joiner fails or answers null, only its
   * field is lost, not the object or the answer around it.
   */
  | 'NON_NULL_FIELD'
  /**
   * What a joiner adds carries its name (subgraph `tula-mentoring`: types `TulaMentoring…`, fields
   * `tulaMentoring…`), so that a field we add later never collides with one of its own.
   */
  | 'NAME_PREFIX'
  /** The joiner's SDL does not parse, or the name is not a subgraph name. */
  | 'SCHEMA_INVALID'
  /** The supergraph does not compose with it. */
  | 'COMPOSITION'
  /** A registered operation (gateway/operations) no longer validates against the API schema. */
  | 'OPERATION_BROKEN'
  /** graphql-inspector reports a breaking change to the API schema clients see. */
  | 'BREAKING_CHANGE';

export interface PolicyRefusal {
  rule: PolicyRule;
  /** The schema coordinate (`Organization.shortName`, `Person`, `@override`) or the operation file at fault. */
  coordinate: string;
  message: string;
}

/**
 * The entities another region may extend, and the natural keys it may extend them by: codes it already has in its
 * own systems (код субъекта, ОКТМО, ИНН, the indicator's code), never our internal ids.
 */
export const OPEN_ENTITIES: Readonly<Record<string, readonly string[]>> = {
  Region: ['code'],
  Municipality: ['oktmo'],
  Organization: ['inn'],
  Indicator: ['code'],
};

export const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);
/**
 * Federation's own definitions, which every subgraph may repeat and `_service { sdl }` may print: `_Any`, `_entities`,
 * `federation__FieldSet`, `link__Import` and the like.
 */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);
const isFederationField = (name: string) => FEDERATION_FIELDS.has(name);

/** Federation's own definitions as `_service { sdl }` prints them; the same names as anything else are the joiner's. */
function isFederationDefinition(definition: DefinitionNode): boolean {
  if (!('name' in definition) || !definition.name) return false;
  const name = definition.name.value;
  if (name === '_Any' || name === 'FieldSet' || /^(federation|link)__[A-Za-z]+$/.test(name))
    return definition.kind === Kind.SCALAR_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_DEFINITION;
  if (name === '_Entity') return definition.kind === Kind.UNION_TYPE_DEFINITION;
  if (name === '_Service')
    return (
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (definition.fields ?? []).map((field) => field.name.value).join() === 'sdl'
    );
  return false;
}

/** Characters that hide text from a reviewer (NUL and other controls, bidirectional overrides). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

interface OurType {
  kind: DefinitionNode['kind'];
  fields: Set<string>;
  entity: boolean;
  personal: boolean;
}

type TypeLike = DefinitionNode & {
  name: { value: string };
  directives?: readonly ConstDirectiveNode[];
  fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[];
};

const hasName = (definition: DefinitionNode): definition is TypeLike =>
  'name' in definition && definition.name !== undefined && definition.kind !== Kind.DIRECTIVE_DEFINITION;

const directivesNamed = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((directive) => directive.name.value === name);

/** The value a directive gives one of its arguments, as written. */
export const argumentOf = (directive: ConstDirectiveNode, name: string) =>
  directive.arguments?.find((argument) => argument.name.value === name)?.value;

const keyFieldsOf = (directive: ConstDirectiveNode): string | undefined => {
  const fields = argumentOf(directive, 'fields');
  return fields?.kind === Kind.STRING ? fields.value.trim().replace(/\s+/g, ' ') : undefined;
};

/** What our subgraphs define, by type name: the ground the rules protect. */
export function ourTypes(ourSdl: string[]): Map<string, OurType> {
  const types = new Map<string, OurType>();
  for (const sdl of ourSdl) {
    for (const definition of parse(sdl).definitions) {
      if (!hasName(definition)) continue;
      const name = definition.name.value;
      const known = types.get(name) ?? {
        kind: definition.kind,
        fields: new Set<string>(),
        entity: false,
        personal: name === 'Person',
      };
      for (const field of definition.fields ?? []) {
        known.fields.add(field.name.value);
        if (directivesNamed(field, 'personal').length > 0) known.personal = true;
      }
      if (directivesNamed(definition, 'key').length > 0) known.entity = true;
      types.set(name, known);
    }
  }
  return types;
}

/** Directive names our subgraphs define (@access, @personal, …): a joiner may not redefine them either. */
function ourDirectives(ourSdl: string[]): Set<string> {
  return new Set(
    ourSdl.flatMap((sdl) =>
      parse(sdl)
        .definitions.filter((definition) => definition.kind === Kind.DIRECTIVE_DEFINITION)
        .map((definition) => definition.name.value),
    ),
  );
}

/**
 * The rules that read the joiner's SDL against ours, before any composition: what it may extend, by which key, and
 * that it touches none of our fields. Composition, operations and breaking changes are checked after (compose.ts).
 */
export function schemaRefusals(ourSdl: string[], candidateSdl: string, subgraphName: string): PolicyRefusal[] {
  if (HIDDEN_CHARACTERS.test(candidateSdl))
    return [
      {
        rule: 'SCHEMA_INVALID',
        coordinate: '(schema)',
        message:
          'Схема содержит управляющие или скрывающие текст символы; the schema holds control or bidirectional characters that hide text from review.',
      },
    ];
  let document: DocumentNode;
  try {
    document = parse(candidateSdl);
  } catch (error) {
    return [
      {
        rule: 'SCHEMA_INVALID',
        coordinate: '(schema)',
        message: `Схема не разбирается; the schema does not parse: ${(error as Error).message}`,
      },
    ];
  }
  const ours = ourTypes(ourSdl);
  const directives = ourDirectives(ourSdl);
  const refusals: PolicyRefusal[] = [];
  const refuse = (rule: PolicyRule, coordinate: string, message: string) =>
    refusals.push({ rule, coordinate, message });
  const { typePrefix, fieldPrefix } = namePrefixes(subgraphName);
  const refuseUnprefixedFields = (
    typeName: string,
    fields: readonly { name: { value: string } }[],
    ours: Set<string>,
  ) => {
    for (const field of fields)
      if (
        !ours.has(field.name.value) &&
        !isFederationField(field.name.value) &&
        !field.name.value.startsWith(fieldPrefix)
      )
        refuse(
          'NAME_PREFIX',
          `${typeName}.${field.name.value}`,
          `${typeName}.${field.name.value}: поле должно начинаться с «${fieldPrefix}»; fields added to our types start with "${fieldPrefix}".`,
        );
  };

  /** Directives a joiner may put on our types (`key`) or on the fields it adds to them (`deprecated`). */
  const refuseOtherDirectives = (
    coordinate: string,
    node: { directives?: readonly ConstDirectiveNode[] },
    allowed: string,
    handled: readonly string[] = [],
  ) => {
    for (const directive of node.directives ?? [])
      if (directive.name.value !== allowed && !handled.includes(directive.name.value))
        refuse(
          'DIRECTIVE_ON_OURS',
          `${coordinate} @${directive.name.value}`,
          `На наших типах допустимы только @key и @deprecated на своих полях; only @key on our types and @deprecated on the fields a joiner adds.`,
        );
  };
  const refuseNonNull = (
    typeName: string,
    fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[],
    ours: Set<string>,
  ) => {
    for (const field of fields)
      if (!ours.has(field.name.value) && !isFederationField(field.name.value) && field.type.kind === Kind.NON_NULL_TYPE)
        refuse(
          'NON_NULL_FIELD',
          `${typeName}.${field.name.value}`,
          `Поле должно допускать null; a field added to our types or the root is nullable, so that a failure loses only that field.`,
        );
  };

  for (const definition of document.definitions) {
    if (
      (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) &&
      (definition.operationTypes ?? []).length > 0
    ) {
      refuse(
        'DIRECTIVE_ON_OURS',
        '(schema)',
        'Корневые типы не переименовываются; root types keep their names (Query, Mutation): no schema block names them.',
      );
      continue;
    }
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) {
      if (directives.has(definition.name.value))
        refuse(
          'TYPE_OURS',
          `@${definition.name.value}`,
          `Директива @${definition.name.value} определена у нас; the directive @${definition.name.value} is ours and may not be redefined.`,
        );
      continue;
    }
    if (!hasName(definition) || isFederationDefinition(definition)) continue;
    const typeName = definition.name.value;
    const fields = definition.fields ?? [];
    for (const field of fields) {
      const coordinate = `${typeName}.${field.name.value}`;
      if (directivesNamed(field, 'override').length > 0)
        refuse(
          'OVERRIDE',
          coordinate,
          `${coordinate}: @override запрещён; a joining subgraph may not take fields over with @override.`,
        );
      for (const name of ['requires', 'provides', 'external'])
        if (directivesNamed(field, name).length > 0)
          refuse(
            'REQUIRES_OURS',
            coordinate,
            `${coordinate}: @${name} запрещён; @${name} would have the gateway pass our fields to a joining subgraph.`,
          );
    }
    const our = ours.get(typeName);
    if (our?.kind === Kind.SCALAR_TYPE_DEFINITION && definition.kind === Kind.SCALAR_TYPE_DEFINITION) continue;
    if (!our) {
      if (ROOT_TYPES.has(typeName)) refuseUnprefixedFields(typeName, fields, new Set());
      else if (!typeName.startsWith(typePrefix))
        refuse(
          'NAME_PREFIX',
          typeName,
          `${typeName}: имя типа должно начинаться с «${typePrefix}»; the types of a joining subgraph start with "${typePrefix}".`,
        );
      continue;
    }
    if (ROOT_TYPES.has(typeName)) {
      refuseUnprefixedFields(typeName, fields, our.fields);
      refuseNonNull(typeName, fields, our.fields);
      refuseOtherDirectives(typeName, definition, '');
      for (const field of fields)
        refuseOtherDirectives(`${typeName}.${field.name.value}`, field, 'deprecated', ['override']);
      for (const field of fields)
        if (our.fields.has(field.name.value))
          refuse(
            'FIELD_OURS',
            `${typeName}.${field.name.value}`,
            `${typeName}.${field.name.value} — наше поле; this root field is ours: name yours with your region's prefix.`,
          );
      continue;
    }
    if (our.personal) {
      refuse(
        'PERSONAL_TYPE',
        typeName,
        `${typeName} несёт персональные данные (152-ФЗ); ${typeName} carries personal data: a joining subgraph may not define or extend it.`,
      );
      continue;
    }
    if (!our.entity) {
      refuse(
        'TYPE_OURS',
        typeName,
        `${typeName} определён у нас; ${typeName} is ours and not an entity: define a type of your own instead.`,
      );
      continue;
    }
    const openKeys = OPEN_ENTITIES[typeName];
    if (!openKeys) {
      refuse(
        'ENTITY_NOT_OPEN',
        typeName,
        `${typeName} не открыт для расширения; ${typeName} is not open to extension (open: ${Object.keys(OPEN_ENTITIES).join(', ')}).`,
      );
      continue;
    }
    if (directivesNamed(definition, 'shareable').length > 0)
      refuse('SHAREABLE', typeName, `${typeName}: @shareable запрещён; our types may not be shared with @shareable.`);
    const keys = directivesNamed(definition, 'key').map(keyFieldsOf);
    const keyFields = new Set<string>();
    if (keys.length === 0)
      refuse(
        'KEY_NOT_ALLOWED',
        typeName,
        `${typeName}: нужен @key(fields: "${openKeys[0]}"); extend ${typeName} by @key(fields: "${openKeys.join('" or "')}").`,
      );
    for (const key of keys) {
      if (key !== undefined && openKeys.includes(key)) keyFields.add(key);
      else
        refuse(
          'KEY_NOT_ALLOWED',
          `${typeName} @key(fields: "${key ?? '?'}")`,
          `${typeName} расширяется только по ключу ${openKeys.join(', ')}; extend ${typeName} by @key(fields: "${openKeys.join('" or "')}"), not "${key ?? '?'}".`,
        );
    }
    for (const field of fields) {
      const coordinate = `${typeName}.${field.name.value}`;
      if (directivesNamed(field, 'shareable').length > 0)
        refuse(
          'SHAREABLE',
          coordinate,
          `${coordinate}: @shareable запрещён; our fields may not be shared with @shareable.`,
        );
      else if (our.fields.has(field.name.value) && !keyFields.has(field.name.value))
        refuse(
          'FIELD_OURS',
          coordinate,
          `${coordinate} — наше поле; this field is ours: a joining subgraph adds fields of its own, prefixed with its name.`,
        );
    }
    refuseUnprefixedFields(typeName, fields, our.fields);
    refuseNonNull(typeName, fields, our.fields);
    refuseOtherDirectives(typeName, definition, 'key', ['shareable']);
    if ('interfaces' in definition && (definition.interfaces ?? []).length > 0)
      refuse(
        'DIRECTIVE_ON_OURS',
        `${typeName} implements`,
        `${typeName}: интерфейсы нашего типа не меняются; a joining subgraph adds no interface to our types.`,
      );
    // Our own fields (the key) carry no directive of a joiner's, @deprecated included: only what it adds may.
    for (const field of fields)
      refuseOtherDirectives(
        `${typeName}.${field.name.value}`,
        field,
        our.fields.has(field.name.value) ? '' : 'deprecated',
        ['override', 'shareable', 'requires', 'provides', 'external'],
      );
  }
  return refusals;
}

/** `tula-mentoring` → `TulaMentoring` for its types, `tulaMentoring` for the fields it adds to ours. */
export function namePrefixes(subgraphName: string): { typePrefix: string; fieldPrefix: string } {
  const typePrefix = subgraphName
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return { typePrefix, fieldPrefix: typePrefix.charAt(0).toLowerCase() + typePrefix.slice(1) };
}

/** One refusal per line, as the command prints them and the tests read them. */
export function describeRefusals(refusals: PolicyRefusal[]): string {
  return refusals.map((refusal) => `  [${refusal.rule}] ${refusal.coordinate}: ${refusal.message}`).join('\n');
}
