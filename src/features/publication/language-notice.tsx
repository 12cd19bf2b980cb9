import { type Language } from '@schemas/local-text.ts';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';

/**
 * On the task list, when the interface is in one language and the assessment is written in the other:
 * why the form's wording did not switch with the "Cymraeg" / "English" link (the form follows the
 * assessment's language), and, when the template has the interface's language, where to change it.
 */
export function LanguageNotice({
  assessmentId,
  language,
  templateLanguages,
  readOnly,
}: {
  assessmentId: string;
  /** The language the assessment is written in. */
  language: Language;
  templateLanguages: readonly Language[];
  readOnly: boolean;
}) {
  const t = useT();
  const ui = useLocale();
  if (ui === language) return null;
  const canChange = !readOnly && templateLanguages.includes(ui);
  return (
    <div className="govuk-inset-text">
      {t(language === 'cy' ? 'langNotice.writtenInWelsh' : 'langNotice.writtenInEnglish')}{' '}
      {canChange ? (
        <RichMessage
          id={ui === 'cy' ? 'langNotice.changeToWelsh' : 'langNotice.changeToEnglish'}
          values={{
            link: (
              <Link href={paths.publication(assessmentId)} className="govuk-link">
                {t('pub.title')}
              </Link>
            ),
          }}
        />
      ) : (
        !templateLanguages.includes(ui) && t(ui === 'cy' ? 'langNotice.noWelsh' : 'langNotice.noEnglish')
      )}
    </div>
  );
}
