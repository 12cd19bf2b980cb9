import { z } from 'zod';
import { MAX_DRAFT_ANSWER_LENGTH } from '../plain/kinds/text-answer.ts';

export { MAX_DRAFT_ANSWER_LENGTH, checkText, isBlank } from '../plain/kinds/text-answer.ts';

/** A text answer as typed: never trimmed, capped. */
export const draftTextSchema = /* @__PURE__ */ z.string().max(MAX_DRAFT_ANSWER_LENGTH);
