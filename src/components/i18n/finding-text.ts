import { type MissingDateParts } from '@schemas/answer-problems.ts';
import { baseRules } from '@/domain/findings/rule-sets.ts';
import { t } from './i18n.ts';
import { problemText } from './problem-text.ts';

/**
 * Findings' titles and explanations in the interface language. The review rules (src/domain/findings) write
 * plain English, which the CLI and the CSV keep; here each English text the rules can produce is recognised
 * and replaced by its catalogue message. A text not recognised (one that quotes the template's own wording,
 * such as a required answer's message) stays English and is marked so (`lang: 'en'`), to be tagged.
 */
export type ShownText = { text: string; lang?: 'en' };

type Pattern = {
  match: RegExp | string;
  id: string;
  /** The message's values; null when the text is not one this pattern can word after all. */
  values?: (m: RegExpExecArray) => Record<string, unknown> | null;
};

const exact = (text: string, id: string): Pattern => ({ match: text, id });

function patterns(): Pattern[] {
  const list: Pattern[] = [];
  for (const rule of baseRules) {
    if (rule.kind === 'gives-reason') {
      list.push(exact(rule.noReasonTitle, `finding.${rule.id}.noReasonTitle`));
      list.push(exact(rule.noReasonExplanation, `finding.${rule.id}.noReasonExplanation`));
    }
    if (rule.kind === 'mentions') {
      list.push(
        exact(rule.title, `finding.${rule.id}.title`),
        exact(rule.explanation, `finding.${rule.id}.explanation`),
      );
    }
    if (rule.kind === 'distinct') {
      const escaped = rule.title.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      const source = escaped
        .replace('\\{count\\}', '(\\d+)')
        .replace('\\{s\\}', 's?')
        .replace('{count}', '(\\d+)')
        .replace('{s}', 's?');
      list.push({
        match: new RegExp(`^${source}$`),
        id: `finding.${rule.id}.title`,
        values: (m) => ({ count: Number(m[1]) }),
      });
      list.push(exact(rule.explanation, `finding.${rule.id}.explanation`));
    }
    if (rule.sharedTitle) list.push(exact(rule.sharedTitle, `finding.${rule.id}.sharedTitle`));
  }
  const fixed: Array<[string, string]> = [
    ['Not answered', 'finding.notAnswered'],
    ['Too short to show this was considered', 'finding.tooShort.title'],
    [
      'A few words cannot show what was considered. Say who could be affected, how (positively, negatively or indirectly) and on what evidence, or why there is no impact.',
      'finding.tooShort.explanation',
    ],
    ['Points to another answer instead of answering', 'finding.pointsElsewhere.title'],
    [
      'Each answer is read on its own in the committee paper. Answer this question here, even if that repeats a little of another answer: for example who you engaged, how and when, and what they told you.',
      'finding.pointsElsewhere.explanation',
    ],
    [
      'Say whether anyone in this group could be affected, how, and why you think so. If there is no impact, say so with the reason: the form asks for “no impact” to be documented with the reasons.',
      'finding.placeholder.groupExplanation',
    ],
    [
      'Answer the question in a sentence or two that a committee member could read on its own.',
      'finding.placeholder.explanation',
    ],
    [
      'An agreed assessment needs the date it was agreed. To add it, start a new revision and agree it again: agreeing fills in the date.',
      'finding.date.missingExplanation',
    ],
    [
      'The assessment must be agreed before or on the day it is recorded, and before the decision it informs. Start a new revision to correct the date.',
      'finding.date.futureAgreed',
    ],
    [
      'The assessment must be agreed before or on the day it is recorded, and before the decision it informs. Leave the date blank: it is filled in when the reviewer agrees the assessment.',
      'finding.date.futureDraft',
    ],
  ];
  list.push(...fixed.map(([text, id]) => exact(text, id)));
  list.push(
    {
      match: /^“([\s\S]*)” does not answer the question$/,
      id: 'finding.placeholder.title',
      values: (m) => ({ answer: m[1] }),
    },
    { match: /^([\s\S]+) is missing$/, id: 'finding.date.missing', values: (m) => ({ label: m[1] }) },
    { match: /^([\s\S]+) is not a real date$/, id: 'finding.date.notReal', values: (m) => ({ label: m[1] }) },
    { match: /^([\s\S]+) is in the future$/, id: 'finding.date.future', values: (m) => ({ label: m[1] }) },
    // A date that is not a real date: the explanation quotes the date's problem (schemas/dates.ts), worded here
    // as the form words it. A quoted problem not recognised leaves the whole text English.
    {
      match: /^([\s\S]+), or leave it blank: it is filled in when the reviewer agrees the assessment\.$/,
      id: 'finding.date.notRealDraft',
      values: (m) => dateProblemValues(m[1]!),
    },
    {
      match:
        /^An agreed assessment needs the date it was agreed\. ([\s\S]+)\. To correct it, start a new revision and agree it again\.$/,
      id: 'finding.date.notRealAgreed',
      values: (m) => dateProblemValues(m[1]!),
    },
  );
  return list;
}

const MISSING: Record<string, MissingDateParts> = {
  day: 'day',
  month: 'month',
  year: 'year',
  'day and month': 'dayMonth',
  'day and year': 'dayYear',
  'month and year': 'monthYear',
};

/** The date's problem the rules quote (its English, schemas/answer-problems.ts), in the interface language. */
function dateProblemValues(english: string): Record<string, unknown> | null {
  const missing =
    /^([\s\S]+) must include a (day|month|year|day and month|day and year|month and year)$/.exec(english);
  const problem =
    english === 'Year must include 4 numbers'
      ? problemText({ code: 'dateYear', values: {}, message: english })
      : missing
        ? problemText({
            code: 'dateMissing',
            values: { label: missing[1]!, missing: MISSING[missing[2]!]! },
            message: english,
          })
        : /^([\s\S]+) must be a real date$/.test(english)
          ? problemText({
              code: 'dateNotReal',
              values: { label: english.replace(/ must be a real date$/, '') },
              message: english,
            })
          : null;
  return problem === null ? null : { problem };
}

let cached: Pattern[] | null = null;

/** A finding's title, explanation or shared title as the rules wrote it, in the interface language. */
export function findingText(english: string): ShownText {
  cached ??= patterns();
  for (const pattern of cached) {
    if (typeof pattern.match === 'string') {
      if (pattern.match === english) return { text: t(pattern.id) };
      continue;
    }
    const m = pattern.match.exec(english);
    if (!m) continue;
    const values = pattern.values?.(m);
    if (values !== null) return { text: t(pattern.id, values) };
  }
  return { text: english, lang: 'en' };
}

/** "2 missing, 3 to look at" in the interface language (the domain's describeCounts, translated). */
export function describeCountsIn(counts: { missing: number; weak: number }): string {
  const parts: string[] = [];
  if (counts.missing > 0) parts.push(t('findings.missingCount', { count: counts.missing }));
  if (counts.weak > 0) parts.push(t('findings.weakCount', { count: counts.weak }));
  return parts.join(', ');
}
