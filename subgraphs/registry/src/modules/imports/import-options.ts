/**
 * An explicit `allOrNothing: null` or `dryRun: null` skips the SDL default, which the generated argument type does
 * not admit: null takes the default too.
 */
export const importOptions = ({ allOrNothing, dryRun }: { allOrNothing: boolean | null; dryRun: boolean | null }) => ({
  allOrNothing: allOrNothing ?? true,
  dryRun: dryRun ?? false,
});
