import {
  DEMO_REGIONS,
  demoOrganizationsIn,
  organizationIdOf,
  regionIdOf,
  SMOLENSK_CITY_OKTMO,
  SPB_CENTRAL_OKTMO,
  ZNAMENSKY_OKTMO,
} from '@mentoring/subgraph-registry/demo';
import { getOperationAST, Kind, parse } from 'graphql';
import type { RegisteredOperation } from '../src/persisted-operations.js';

const DEMO_OKTMOS = [SMOLENSK_CITY_OKTMO, ZNAMENSKY_OKTMO, SPB_CENTRAL_OKTMO];

/**
 * Values a portal or the dashboard page would pass for a required variable, from the demo data: every region, the
 * three territories the seeds describe, the first school of each (the dashboard's school view), every region's id
 * (the report download, whose level is REGION by default).
 */
export const DEMO_VARIABLE_VALUES: Record<string, unknown[]> = {
  regionCode: DEMO_REGIONS.map((region) => region.code),
  oktmo: DEMO_OKTMOS,
  organizationId: DEMO_OKTMOS.map((oktmo) =>
    organizationIdOf(demoOrganizationsIn(oktmo).find((organization) => organization.kind === 'GENERAL_EDUCATION')!.inn),
  ),
  territoryId: DEMO_REGIONS.map((region) => regionIdOf(region.code)),
};

/** Every combination of demo values for the operation's required variables; optional ones are left out, as a portal's first page does. */
export function variableSets(operation: RegisteredOperation): Record<string, unknown>[] {
  const required = (getOperationAST(parse(operation.query))?.variableDefinitions ?? []).filter(
    (definition) => definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue,
  );
  return required.reduce<Record<string, unknown>[]>(
    (sets, definition) => {
      const name = definition.variable.name.value;
      const values = DEMO_VARIABLE_VALUES[name];
      if (!values)
        throw new Error(`${operation.name}.graphql needs $${name}: add its demo values to registered-operations.ts`);
      return sets.flatMap((set) => values.map((value) => ({ ...set, [name]: value })));
    },
    [{}],
  );
}
