import { checkDateParts, datePartsToIso, isoToDateParts } from '@schemas/dates.ts';
import { describe, expect, it } from 'vitest';

const LABEL = 'Date EIA agreed';
const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('checkDateParts', () => {
  it('accepts an empty optional date and a real date', () => {
    expect(checkDateParts(parts('', '', ''), LABEL, { required: false })).toBeNull();
    expect(checkDateParts(parts('11', '9', '2019'), LABEL, { required: false })).toBeNull();
    expect(checkDateParts(parts(' 29 ', '02', '2024'), LABEL, { required: false })).toBeNull();
  });

  it('asks for the date when a required date is empty', () => {
    expect(checkDateParts(parts('', '', ''), LABEL, { required: true })?.message).toBe(
      'Enter the date eia agreed',
    );
  });

  it('names exactly the missing parts', () => {
    expect(checkDateParts(parts('11', '', '2019'), LABEL, { required: false })).toMatchObject({
      message: 'Date EIA agreed must include a month',
      parts: ['month'],
    });
    expect(checkDateParts(parts('11', '', ''), LABEL, { required: false })).toMatchObject({
      message: 'Date EIA agreed must include a month and year',
      parts: ['month', 'year'],
    });
  });

  it('says a date that does not exist must be a real date', () => {
    expect(checkDateParts(parts('31', '2', '2019'), LABEL, { required: false })?.message).toBe(
      'Date EIA agreed must be a real date',
    );
    expect(checkDateParts(parts('12', '13', '2019'), LABEL, { required: false })).toMatchObject({
      message: 'Date EIA agreed must be a real date',
      parts: ['month'],
    });
    expect(checkDateParts(parts('1', 'Septober', '2019'), LABEL, { required: false })?.parts).toEqual([
      'month',
    ]);
    expect(checkDateParts(parts('1', 'Ma', '2019'), LABEL, { required: false })?.parts).toEqual(['month']);
  });

  it('accepts a month typed as its name or first letters, in English or Welsh (GOV.UK date input)', () => {
    // A user test typed "Sept" and was told the date was not real.
    for (const [month, iso] of [
      ['Sept', '2019-09-01'],
      ['sep.', '2019-09-01'],
      ['SEPTEMBER', '2019-09-01'],
      ['Medi', '2019-09-01'],
      ['mar', '2019-03-01'],
      ['Mawrth', '2019-03-01'],
      ['May', '2019-05-01'],
      ['Mai', '2019-05-01'],
      ['Rhag', '2019-12-01'],
      ['09', '2019-09-01'],
    ] as const) {
      expect(checkDateParts(parts('1', month, '2019'), LABEL, { required: false }), month).toBeNull();
      expect(datePartsToIso(parts('1', month, '2019')), month).toBe(iso);
    }
    expect(checkDateParts(parts('31', 'Sept', '2019'), LABEL, { required: false })?.message).toBe(
      'Date EIA agreed must be a real date',
    );
  });

  it('asks for a four-digit year', () => {
    expect(checkDateParts(parts('11', '9', '19'), LABEL, { required: false })).toMatchObject({
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
  });

  it('refuses a future date when asked to', () => {
    const today = new Date(2026, 10, 24);
    expect(
      checkDateParts(parts('25', '11', '2026'), LABEL, { required: true, notInFuture: true, today })?.message,
    ).toBe('Date EIA agreed must be today or in the past');
    expect(
      checkDateParts(parts('24', '11', '2026'), LABEL, { required: true, notInFuture: true, today }),
    ).toBeNull();
  });
});

describe('date conversions', () => {
  it('round-trips ISO dates', () => {
    expect(datePartsToIso(parts('1', '9', '2019'))).toBe('2019-09-01');
    expect(isoToDateParts('2019-09-01')).toEqual(parts('1', '9', '2019'));
    expect(datePartsToIso(parts('30', '2', '2019'))).toBeNull();
  });
});
