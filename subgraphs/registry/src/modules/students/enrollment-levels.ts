/** Per level kind: the highest class or course, and the organization kinds that teach it. */
export const ENROLLMENT_LEVEL_RULES = {
  SCHOOL_GRADE: { max: 11, kinds: ['GENERAL_EDUCATION'] },
  SPO_COURSE: { max: 4, kinds: ['VOCATIONAL'] },
} as const;
