/**
 * What the review shows on the form's own pages (a section page, Check your answers): a question's findings
 * and comments, the comments on a whole section, every finding by section. A chunk of its own, loaded with
 * the form's pages (review-slots.tsx: `preloadReviewParts`), so that an assessment opened on its task list
 * loads none of it (`npm run bench -- bundle`).
 */
export { CheckFindings } from './check-findings.tsx';
export { FieldReview } from './field-review.tsx';
export { SectionComments, ThisSectionComments } from './section-comments.tsx';
