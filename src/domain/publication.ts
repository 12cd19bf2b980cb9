import type { DateParts } from '@schemas/answers.ts';
import type { Publication } from '@schemas/assessment.ts';
import { checkDateParts, type DateProblem } from '@schemas/dates.ts';
import { formatDateParts, parseLongDate } from './long-date.ts';

/**
 * The publication details of an assessment (how its PDF appendix is headed) as the "Publication details"
 * page edits them. The record keeps the meeting date as text ("11 September 2019"), as the PDF prints it;
 * the page shows it as a GOV.UK date input (day, month, year) and writes it back as that text. Pure.
 */

/** What a person can keep for every new assessment: everything but the meeting date. */
export type PublicationDefaults = Omit<Publication, 'meetingDate'>;

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The stored meeting date as day, month and year; `unreadable` when it is text that is not a date. */
export function meetingDateParts(meetingDate: string): { parts: DateParts; unreadable: boolean } {
  const text = meetingDate.trim();
  if (text === '') return { parts: EMPTY_DATE, unreadable: false };
  const date = parseLongDate(text);
  if (!date) return { parts: EMPTY_DATE, unreadable: true };
  return {
    parts: {
      day: String(date.getDate()),
      month: String(date.getMonth() + 1),
      year: String(date.getFullYear()),
    },
    unreadable: false,
  };
}

/** GOV.UK checks of the meeting date (optional: all three parts empty is fine). */
export function checkMeetingDate(parts: DateParts): DateProblem | null {
  return checkDateParts(parts, 'Meeting date', { required: false });
}

/** The meeting date as the record keeps it: "10 February 2027", or '' when not given. */
export function meetingDateText(parts: DateParts): string {
  if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return '';
  return formatDateParts(parts);
}

export function defaultsOf(publication: Publication): PublicationDefaults {
  return {
    appendixLabel: publication.appendixLabel,
    organisation: publication.organisation,
    committee: publication.committee,
    includeAboutThisForm: publication.includeAboutThisForm,
  };
}

/** One sentence saying how the PDF will be headed, e.g. "Appendix B · Education and Training Committee, 11 September 2019 · Health and Care Professions Council". */
export function describePublication(publication: Publication): string {
  const label = publication.appendixLabel.trim() || 'No appendix label';
  const meeting = [publication.committee.trim(), publication.meetingDate.trim()].filter(Boolean).join(', ');
  const parts = [label, meeting, publication.organisation.trim()].filter(Boolean);
  if (parts.length === 1) return `${label}; no organisation, committee or meeting date yet`;
  return parts.join(' · ');
}

/** True when the organisation, committee and meeting date are all given. */
export function publicationComplete(publication: Publication): boolean {
  return [publication.organisation, publication.committee, publication.meetingDate].every(
    (t) => t.trim() !== '',
  );
}
