import { type Publication } from '@schemas/assessment.ts';
import { type Language } from '@schemas/local-text.ts';
import { Fragment, type ReactNode } from 'react';
import { formatDate } from '@/components/format-date-time.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { parseLongDate } from '@/domain/long-date.ts';

/**
 * How the PDF will be headed, in one line, in the interface language: "Appendix B · Education and Training
 * Committee, 11 September 2019 · Health and Care Professions Council; printed in English, then Welsh" (the
 * same words as the domain's describePublication in English). What the person typed (label, committee,
 * organisation) is in the assessment's language and tagged with it; the meeting date is written in the
 * interface language when it is a date.
 */
export function PublicationSummary({
  publication,
  language,
  printedIn,
}: {
  publication: Publication;
  /** The assessment's language: what was typed is taken to be in it. */
  language: Language;
  /** The languages the appendix is printed in, said when the template is bilingual. */
  printedIn?: readonly Language[] | undefined;
}) {
  const t = useT();
  const typed = (text: string) => <TemplateText language={language}>{text}</TemplateText>;
  const label = publication.appendixLabel.trim();
  const labelShown = label ? typed(label) : t('pub.noLabel');
  const date = publication.meetingDate.trim();
  const parsed = date ? parseLongDate(date) : null;
  const dateShown = parsed ? formatDate(parsed) : date ? typed(date) : null;
  const committee = publication.committee.trim();
  const meeting: ReactNode[] = [committee ? typed(committee) : null, dateShown].filter((x) => x !== null);
  const organisation = publication.organisation.trim();
  const parts: ReactNode[] = [
    labelShown,
    meeting.length > 0 ? join(meeting, ', ') : null,
    organisation ? typed(organisation) : null,
  ].filter((x) => x !== null);
  const heading =
    parts.length === 1 ? (
      <RichMessage id="pub.nothingYet" values={{ label: labelShown }} />
    ) : (
      join(parts, ' · ')
    );
  if (!printedIn || printedIn.length === 0) return heading;
  const printed =
    printedIn.length > 1
      ? 'pub.printedIn.both'
      : printedIn[0] === 'cy'
        ? 'pub.printedIn.cy'
        : 'pub.printedIn.en';
  return (
    <>
      {heading}; {t(printed)}
    </>
  );
}

function join(parts: ReactNode[], separator: string): ReactNode {
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? separator : null}
      {part}
    </Fragment>
  ));
}
