import type   { MentoringPairResolvers } from './../../../__generated__/types.generated.js';
    export const MentoringPair: MentoringPairResolvers = {
    /* Implement MentoringPair resolver logic here */
        formats: ({ formats }, _arg, _ctx) => {
                            /* MentoringPair.formats resolver is required because MentoringPair.formats and MentoringPairMapper.formats are not compatible */
                            return formats
                          },
        isGroup: async (_parent, _arg, _ctx) => { /* MentoringPair.isGroup resolver is required because MentoringPair.isGroup exists but MentoringPairMapper.isGroup does not */ },
        mentees: ({ mentees }, _arg, _ctx) => {
                            /* MentoringPair.mentees resolver is required because MentoringPair.mentees and MentoringPairMapper.mentees are not compatible */
                            return mentees
                          },
        mentor: async (_parent, _arg, _ctx) => { /* MentoringPair.mentor resolver is required because MentoringPair.mentor exists but MentoringPairMapper.mentor does not */ },
        mentorConsent: async (_parent, _arg, _ctx) => { /* MentoringPair.mentorConsent resolver is required because MentoringPair.mentorConsent exists but MentoringPairMapper.mentorConsent does not */ },
        mentorConsentDate: async (_parent, _arg, _ctx) => { /* MentoringPair.mentorConsentDate resolver is required because MentoringPair.mentorConsentDate exists but MentoringPairMapper.mentorConsentDate does not */ },
        organization: async (_parent, _arg, _ctx) => { /* MentoringPair.organization resolver is required because MentoringPair.organization exists but MentoringPairMapper.organization does not */ },
        programme: async (_parent, _arg, _ctx) => { /* MentoringPair.programme resolver is required because MentoringPair.programme exists but MentoringPairMapper.programme does not */ }
    };