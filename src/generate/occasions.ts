// The occasions of contract follow-up, in the order they come in a contract's life: the plan
// (followup-plan.ts) schedules clause items on them and the labels name them.

/** When something is followed up, in the order they come in a contract's life. */
export const OCCASIONS = ['start-up', 'half-yearly', 'yearly', 'ongoing', 'end'] as const;
export type Occasion = (typeof OCCASIONS)[number];
