/**
 * Small date helpers the rules call thousands of times per plan. Unlike date-fns `max`/`min`, these
 * return one of their arguments instead of a copy: the plan of a large log allocates far fewer dates.
 */

/** The later of two dates (the first when equal). */
export const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The earlier of two dates (the first when equal). */
export const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
