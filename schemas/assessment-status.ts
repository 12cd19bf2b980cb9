/**
 * An assessment's statuses, in workflow order (schemas/assessment.ts validates them). A plain list, apart
 * from the schema, so screens that only list statuses (the library's filter) load no validation code.
 */
export const ASSESSMENT_STATUSES = ['draft', 'ready-for-review', 'returned', 'agreed'] as const;
