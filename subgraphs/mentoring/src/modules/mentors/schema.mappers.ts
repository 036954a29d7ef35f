export type { MentorProfile as MentorProfileMapper } from '../mentors/mentor-profile.entity.js';
export type { TrainingRecord as TrainingRecordMapper } from '../mentors/training.entity.js';
