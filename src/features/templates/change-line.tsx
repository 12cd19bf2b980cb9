import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import type { TemplateChange } from '@/domain/designer/template-changes.ts';
import { kindName } from './kind-names.ts';

const PARTS: Record<string, string> = {
  label: 'designer.change.part.label',
  descriptor: 'designer.change.part.descriptor',
  hint: 'designer.change.part.hint',
  guidance: 'designer.change.part.guidance',
  'required message': 'designer.change.part.requiredMessage',
  options: 'designer.change.part.options',
  'now required': 'designer.change.part.nowRequired',
  'no longer required': 'designer.change.part.noLongerRequired',
};

/**
 * One line of the change list between two versions, in the interface language. The template's own words
 * (question labels, where a question is) stay as written, tagged as English.
 */
export function ChangeLine({ change }: { change: TemplateChange }) {
  const t = useT();
  const en = (text: string) => <InEnglish>{text}</InEnglish>;
  const label = en(change.label);
  switch (change.type) {
    case 'added':
    case 'removed':
      return (
        <RichMessage
          id={change.type === 'added' ? 'designer.change.added' : 'designer.change.removed'}
          values={{ label, section: en(change.section) }}
        />
      );
    case 'reworded':
      return change.what.includes('label') && change.before !== change.label ? (
        <RichMessage id="designer.change.reworded" values={{ before: en(change.before), label }} />
      ) : (
        <RichMessage
          id="designer.change.changedParts"
          values={{
            parts: change.what.map((w) => (PARTS[w] ? t(PARTS[w]) : w)).join(', '),
            label,
          }}
        />
      );
    case 'kind-changed':
      // Then what moving an assessment does with the answers given under the old kind.
      return (
        <>
          <RichMessage
            id="designer.change.kindChanged"
            values={{ label, from: kindName(change.from), to: kindName(change.to) }}
          />
          . {t(`designer.change.kindAnswers.${change.answers}`)}
        </>
      );
    case 'moved':
      return (
        <RichMessage
          id="designer.change.moved"
          values={{ label, from: en(change.from), to: en(change.to) }}
        />
      );
  }
}
