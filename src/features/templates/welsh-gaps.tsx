import { Link } from 'wouter';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { focusField } from '@/components/focus-field.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { paths } from '@/components/paths.ts';
import { welshGaps, type TextPlace, type TextPlaceWords } from '@/domain/designer/welsh-texts.ts';
import { templateLanguages, type TemplateDefinition } from '@schemas/template-definition.ts';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { useDraft } from './use-draft.ts';

/** Focuses a field, opening the question's "Edit …" block first when it is closed. */
function openAndFocus(id: string) {
  const details = document.getElementById(id)?.closest('details');
  if (details && !details.open) details.open = true;
  // The block opens on the next frame; then the field can take focus.
  requestAnimationFrame(() => focusField(id));
}

/**
 * In a template published in Welsh: how many texts have no Welsh version and how many Welsh texts need
 * review, each listed. On a section page, each text is a button that takes you to its Welsh field; on
 * the template's page, the texts of each section are counted with a link to the section.
 */
export function WelshGaps({
  definition,
  templateId,
  sectionId,
}: {
  definition: TemplateDefinition;
  templateId: string;
  sectionId?: string;
}) {
  const t = useT();
  const languages = definition.languages ?? ['en'];
  if (!languages.includes('cy')) return null;
  const gaps = welshGaps(definition);
  const mine = (places: TextPlace[]) =>
    sectionId ? places.filter((p) => p.sectionId === sectionId) : places;
  const missing = mine(gaps.missing);
  const review = mine(gaps.review);
  const here = sectionId ? 'Here' : '';
  return (
    <div className="govuk-inset-text app-welsh-gaps" id="welsh-gaps">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">{t('designer.welsh.heading')}</h2>
      {missing.length === 0 ? (
        <p className="govuk-body">{t(`designer.welsh.allDone${here}`)}</p>
      ) : (
        <Places id="welsh-missing" summary={t(`designer.welsh.missing${here}`, { count: missing.length })}>
          <PlaceList
            lang="en"
            places={missing}
            definition={definition}
            templateId={templateId}
            onSection={!sectionId}
          />
        </Places>
      )}
      {review.length > 0 ? (
        <Places id="welsh-review" summary={t(`designer.welsh.review${here}`, { count: review.length })}>
          <PlaceList
            lang="cy"
            places={review}
            definition={definition}
            templateId={templateId}
            onSection={!sectionId}
          />
        </Places>
      ) : null}
    </div>
  );
}

/**
 * WelshGaps on a section page, subscribed to the draft: nothing to do (and no render while typing) in a
 * template published in English only.
 */
export function DraftWelshGaps({
  draft,
  templateId,
  sectionId,
}: {
  draft: DesignerDraft;
  templateId: string;
  sectionId: string;
}) {
  const definition = useDraft(draft, (h) =>
    templateLanguages(h.definition).includes('cy') ? h.definition : null,
  );
  if (!definition) return null;
  return <WelshGaps definition={definition} templateId={templateId} sectionId={sectionId} />;
}

function Places({ id, summary, children }: { id: string; summary: string; children: React.ReactNode }) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-2" id={id}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

function PlaceList({
  lang,
  places,
  definition,
  templateId,
  onSection,
}: {
  /** The language of the texts' words: English (no Welsh yet) or Welsh (to review). */
  lang: 'en' | 'cy';
  places: TextPlace[];
  definition: TemplateDefinition;
  templateId: string;
  /** On the template's page: one link per section, with its count. */
  onSection: boolean;
}) {
  const t = useT();
  if (onSection) {
    const bySection = new Map<string, number>();
    const others: TextPlace[] = [];
    let elsewhere = 0;
    for (const p of places) {
      if (p.sectionId) bySection.set(p.sectionId, (bySection.get(p.sectionId) ?? 0) + 1);
      else if (p.targetId) others.push(p);
      else elsewhere += 1;
    }
    return (
      <ul className="govuk-list govuk-list--bullet">
        {others.map((p) => (
          <li key={p.path.join('.')}>
            <PlaceItem place={p} lang={lang} />
          </li>
        ))}
        {definition.sections
          .filter((section) => bySection.has(section.id))
          .map((section) => (
            <li key={section.id}>
              <Link href={paths.templateDraftSection(templateId, section.id)} className="govuk-link">
                <RichMessage
                  id="designer.section.heading"
                  values={{
                    number: definition.sections.indexOf(section) + 1,
                    title: section.title.en ? (
                      <InEnglish>{section.title.en}</InEnglish>
                    ) : (
                      t('designer.section.noTitle')
                    ),
                  }}
                />
              </Link>{' '}
              {t('designer.welsh.sectionCount', { count: bySection.get(section.id) ?? 0 })}
            </li>
          ))}
        {elsewhere > 0 ? <li>{t('designer.welsh.elsewhere', { count: elsewhere })}</li> : null}
      </ul>
    );
  }
  return (
    <ul className="govuk-list govuk-list--bullet">
      {places.map((p) => (
        <li key={p.path.join('.')}>
          <PlaceItem place={p} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

/** Where a text is, in the interface language; the template's own words in it (English) tagged so. */
function PlaceWords({ place }: { place: TextPlaceWords }) {
  const t = useT();
  const v = place.values;
  const en = (text: string | number | undefined) => <InEnglish>{String(text ?? '')}</InEnglish>;
  switch (place.code) {
    case 'field':
      return (
        <RichMessage
          id="designer.welsh.place.field"
          values={{ name: en(v.name), field: t(`designer.welsh.field.${String(v.field)}`) }}
        />
      );
    case 'fieldNotEdited':
      return (
        <RichMessage
          id="designer.welsh.place.fieldNotEdited"
          values={{ name: en(v.name), field: en(v.field) }}
        />
      );
    case 'columnHeading':
    case 'columnOptions':
    case 'column':
      return (
        <RichMessage
          id={`designer.welsh.place.${place.code}`}
          values={{
            name: en(v.name),
            column: v.heading ? (
              <RichMessage id="designerProblem.columnNamed" values={{ heading: en(v.heading) }} />
            ) : (
              t('designerProblem.columnNumbered', { column: Number(v.column) })
            ),
          }}
        />
      );
    default:
      return <>{t(`designer.welsh.place.${place.code}`, v)}</>;
  }
}

function PlaceItem({ place, lang }: { place: TextPlace; lang: 'en' | 'cy' }) {
  // Where it is; then the text's words, in their own language (English with no Welsh, or Welsh to review).
  const text = (
    <>
      <PlaceWords place={place.place} />:{' '}
      <span className="govuk-hint" lang={lang}>
        {place.words}
      </span>
    </>
  );
  if (!place.targetId) return text;
  const target = place.targetId;
  return <LinkButton onClick={() => openAndFocus(target)}>{text}</LinkButton>;
}
