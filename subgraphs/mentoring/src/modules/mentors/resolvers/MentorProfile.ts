import type   { MentorProfileResolvers } from './../../../__generated__/types.generated.js';
    export const MentorProfile: MentorProfileResolvers = {
    /* Implement MentorProfile resolver logic here */
        activeMenteeCount: async (_parent, _arg, _ctx) => { /* MentorProfile.activeMenteeCount resolver is required because MentorProfile.activeMenteeCount exists but MentorProfileMapper.activeMenteeCount does not */ },
        employmentAgreementDate: async (_parent, _arg, _ctx) => { /* MentorProfile.employmentAgreementDate resolver is required because MentorProfile.employmentAgreementDate exists but MentorProfileMapper.employmentAgreementDate does not */ },
        employmentAgreementNumber: async (_parent, _arg, _ctx) => { /* MentorProfile.employmentAgreementNumber resolver is required because MentorProfile.employmentAgreementNumber exists but MentorProfileMapper.employmentAgreementNumber does not */ },
        employmentAgreements: async (_parent, _arg, _ctx) => { /* MentorProfile.employmentAgreements resolver is required because MentorProfile.employmentAgreements exists but MentorProfileMapper.employmentAgreements does not */ },
        forms: ({ forms }, _arg, _ctx) => {
                            /* MentorProfile.forms resolver is required because MentorProfile.forms and MentorProfileMapper.forms are not compatible */
                            return forms
                          },
        organization: async (_parent, _arg, _ctx) => { /* MentorProfile.organization resolver is required because MentorProfile.organization exists but MentorProfileMapper.organization does not */ },
        person: async (_parent, _arg, _ctx) => { /* MentorProfile.person resolver is required because MentorProfile.person exists but MentorProfileMapper.person does not */ },
        trainings: ({ trainings }, _arg, _ctx) => {
                            /* MentorProfile.trainings resolver is required because MentorProfile.trainings and MentorProfileMapper.trainings are not compatible */
                            return trainings
                          }
    };