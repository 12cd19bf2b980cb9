import type { Migration } from '../run-migrations.ts';

/**
 * Assessment record 1 → 2: the record can keep answers to questions its template version no longer asks
 * (`noLongerAsked`, filled when an assessment moves to a newer template version). A version 1 record has
 * none. The number goes up, although the field is optional, because an app that only knows version 1 would
 * read a version 2 record and silently drop those answers when it saved it again (the record's schema
 * strips fields it does not know); with the new number it refuses the record instead ("made by a newer
 * version of EIA Builder") and nothing is lost. Frozen: never edit; add 002 for the next change.
 */
export const addNoLongerAsked: Migration = {
  from: 1,
  to: 2,
  description: 'adds the answers to questions no longer asked (none yet)',
  migrate: (input) => ({
    ...input,
    noLongerAsked: Array.isArray(input.noLongerAsked) ? input.noLongerAsked : [],
  }),
};
