import { describe, expect, it } from 'vitest';
import { buildPdfViewModel } from '../../src/domain/pdf-view-model.ts';
import { createAssessment } from '../../src/domain/new-assessment.ts';
import {
  checkMeetingDate,
  describePublication,
  meetingDateParts,
  meetingDateText,
} from '../../src/domain/publication.ts';
import { hcpcEia201810 } from '../../schemas/templates/hcpc-eia-2018-10.ts';

describe('publication details', () => {
  it('reads a stored meeting date as day, month and year and writes it back as the PDF prints it', () => {
    expect(meetingDateParts('11 September 2019')).toEqual({
      parts: { day: '11', month: '9', year: '2019' },
      unreadable: false,
    });
    expect(meetingDateText({ day: '11', month: '9', year: '2019' })).toBe('11 September 2019');
    expect(meetingDateText({ day: '', month: ' ', year: '' })).toBe('');
    expect(meetingDateParts('')).toEqual({ parts: { day: '', month: '', year: '' }, unreadable: false });
    expect(meetingDateParts('Autumn 2019').unreadable).toBe(true);
  });

  it('checks the meeting date as GOV.UK does, and allows none', () => {
    expect(checkMeetingDate({ day: '', month: '', year: '' })).toBeNull();
    expect(checkMeetingDate({ day: '31', month: '2', year: '2027' })?.message).toBe(
      'Meeting date must be a real date',
    );
    expect(checkMeetingDate({ day: '3', month: '', year: '2027' })?.message).toBe(
      'Meeting date must include a month',
    );
  });

  it('gives the PDF cover and file name the date written back', () => {
    const assessment = createAssessment({
      publication: {
        organisation: 'HCPC',
        committee: 'Education and Training Committee',
        meetingDate: meetingDateText({ day: '10', month: '2', year: '2027' }),
      },
    });
    const model = buildPdfViewModel(assessment, hcpcEia201810, {
      exportedAt: new Date(2026, 0, 1),
      appVersion: 'test',
    });
    expect(model.cover.details).toContainEqual({ label: 'Meeting date', value: '10 February 2027' });
    expect(model.fileName).toBe('appendix-b-untitled-assessment-eia-2027-02-10.pdf');
    expect(describePublication(assessment.publication)).toBe(
      'Appendix B · Education and Training Committee, 10 February 2027 · HCPC',
    );
  });
});
