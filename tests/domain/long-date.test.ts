import { describe, expect, it } from 'vitest';
import { formatLongDate, parseLongDate } from '@/domain/long-date.ts';

describe('long dates', () => {
  it('writes dates as "11 September 2019"', () => {
    expect(formatLongDate(new Date(2019, 8, 11, 15))).toBe('11 September 2019');
  });

  it('reads meeting dates as people type them', () => {
    for (const text of [
      '11 September 2019',
      '11 Sept 2019',
      '11 Medi 2019',
      'Wednesday 11th Sep 2019',
      '11/09/2019',
      '2019-09-11',
    ]) {
      expect(parseLongDate(text), text).toEqual(new Date(2019, 8, 11));
    }
    for (const text of ['', 'TBC', 'September 2019', '31 February 2019', '11 Smarch 2019']) {
      expect(parseLongDate(text), text).toBeNull();
    }
  });
});
