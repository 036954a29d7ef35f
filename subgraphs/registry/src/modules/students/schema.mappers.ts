export type { Enrollment as EnrollmentMapper } from './enrollment.entity.js';
