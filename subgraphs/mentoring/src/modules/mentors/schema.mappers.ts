export type { MentorAgreement as EmploymentAgreementMapper } from './agreement.entity.js';
export type { MentorProfile as MentorProfileMapper } from './mentor-profile.entity.js';
export type { TrainingView as TrainingRecordMapper } from './trainings.js';
