import type   { PersonalDataReadResolvers } from './../../../__generated__/types.generated.js';
    export const PersonalDataRead: PersonalDataReadResolvers = {
    /* Implement PersonalDataRead resolver logic here */
        subject: async (_parent, _arg, _ctx) => { /* PersonalDataRead.subject resolver is required because PersonalDataRead.subject exists but PersonalDataReadMapper.subject does not */ }
    };