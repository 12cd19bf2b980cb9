/**
 * The interface language ('en' or 'cy'): the language a new assessment on a bilingual template is
 * written in. It is the header's "Cymraeg" / "English" choice (src/components/i18n), remembered in this
 * browser; the component re-renders when it changes.
 */
export { useLocale as useInterfaceLanguage } from './i18n/use-locale.ts';
