import type { AppointmentKindEntryResolvers } from '../../../__generated__/types.generated.js';

// Query.appointmentKinds answers each entry already in its GraphQL shape (catalogueEntryView): the default resolvers read it.
export const AppointmentKindEntry: AppointmentKindEntryResolvers = {};
