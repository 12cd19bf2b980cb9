import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { findingText } from '@/components/i18n/finding-text.ts';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { findingsFor } from '@/domain/findings/evaluate.ts';
import { buildExampleAssessment } from '../../builders.ts';

/**
 * Issue 12: a review finding about a date that is not a real date quotes the date's problem ("Date EIA
 * agreed must include a month"). In Welsh the whole explanation is Welsh, the problem worded by the
 * catalogue as the form words it, not left in English.
 */
const DRAFT =
  'Date EIA agreed must include a month, or leave it blank: it is filled in when the reviewer agrees the assessment.';
const AGREED =
  'An agreed assessment needs the date it was agreed. Date EIA agreed must be a real date. To correct it, start a new revision and agree it again.';

describe('a finding that quotes a date’s problem', () => {
  beforeAll(() => activateLanguage('cy'));
  afterAll(() => activateLanguage('en'));

  it('is Welsh on a Welsh page, the problem worded as the form words it', () => {
    expect(findingText(DRAFT)).toEqual({
      text: 'Rhaid i’r dyddiad gynnwys mis: Date EIA agreed, neu gadewch ef yn wag: caiff ei lenwi pan fydd yr adolygydd yn cytuno ar yr asesiad.',
    });
    expect(findingText(AGREED)).toEqual({
      text: "Mae angen y dyddiad y cytunwyd arno ar asesiad y cytunwyd arno. Rhaid i’r dyddiad fod yn ddyddiad go iawn: Date EIA agreed. I'w gywiro, dechreuwch ddiwygiad newydd a chytuno arno eto.",
    });
    expect(
      findingText(
        'Year must include 4 numbers, or leave it blank: it is filled in when the reviewer agrees the assessment.',
      ).text,
    ).toBe(
      "Rhaid i'r flwyddyn gynnwys 4 rhif, neu gadewch ef yn wag: caiff ei lenwi pan fydd yr adolygydd yn cytuno ar yr asesiad.",
    );
  });

  it('is what the review rules write (the English the patterns recognise)', () => {
    const example = buildExampleAssessment();
    const findings = findingsFor(
      { ...example, answers: { ...example.answers, dateAgreed: { day: '11', month: '', year: '2019' } } },
      hcpcEia201810,
      { today: new Date(2026, 0, 1) },
    );
    expect(findings.map((f) => f.explanation)).toContain(DRAFT);
  });

  it('stays English (marked so) when the quoted problem is not one the form words', () => {
    expect(
      findingText(
        'Something else, or leave it blank: it is filled in when the reviewer agrees the assessment.',
      ),
    ).toEqual({
      text: 'Something else, or leave it blank: it is filled in when the reviewer agrees the assessment.',
      lang: 'en',
    });
  });
});
