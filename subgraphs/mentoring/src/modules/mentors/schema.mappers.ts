export type { MentorAgreement as EmploymentAgreementMapper } from './agreement.entity.js';
export type { MentorProfile as MentorProfileMapper } from './mentor-profile.entity.js';
export type { TrainingRecord as TrainingRecordMapper } from './training.entity.js';
