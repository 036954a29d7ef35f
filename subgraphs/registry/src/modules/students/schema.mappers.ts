export type { Enrollment as EnrollmentMapper } from '../people/enrollment.entity.js';
