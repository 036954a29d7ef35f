import type   { PersonResolvers } from './../../../__generated__/types.generated.js';
    export const Person: PersonResolvers = {
    /* Implement Person resolver logic here */
        age: async (_parent, _arg, _ctx) => { /* Person.age resolver is required because Person.age exists but PersonMapper.age does not */ },
        appointments: async (_parent, _arg, _ctx) => { /* Person.appointments resolver is required because Person.appointments exists but PersonMapper.appointments does not */ },
        consents: ({ consents }, _arg, _ctx) => {
                            /* Person.consents resolver is required because Person.consents and PersonMapper.consents are not compatible */
                            return consents
                          },
        employments: ({ employments }, _arg, _ctx) => {
                            /* Person.employments resolver is required because Person.employments and PersonMapper.employments are not compatible */
                            return employments
                          },
        enrollments: ({ enrollments }, _arg, _ctx) => {
                            /* Person.enrollments resolver is required because Person.enrollments and PersonMapper.enrollments are not compatible */
                            return enrollments
                          },
        fullName: async (_parent, _arg, _ctx) => { /* Person.fullName resolver is required because Person.fullName exists but PersonMapper.fullName does not */ },
        isMinor: async (_parent, _arg, _ctx) => { /* Person.isMinor resolver is required because Person.isMinor exists but PersonMapper.isMinor does not */ },
        isYoungSpecialist: async (_parent, _arg, _ctx) => { /* Person.isYoungSpecialist resolver is required because Person.isYoungSpecialist exists but PersonMapper.isYoungSpecialist does not */ },
        publishedItems: async (_parent, _arg, _ctx) => { /* Person.publishedItems resolver is required because Person.publishedItems exists but PersonMapper.publishedItems does not */ },
        teachingExperienceYears: async (_parent, _arg, _ctx) => { /* Person.teachingExperienceYears resolver is required because Person.teachingExperienceYears exists but PersonMapper.teachingExperienceYears does not */ }
    };