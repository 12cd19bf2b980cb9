import { Link } from 'wouter';
import { focusField } from '@/components/focus-field.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { paths } from '@/components/paths.ts';
import { countTexts, welshGaps, type TextPlace } from '@/domain/designer/welsh-texts.ts';
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
  const languages = definition.languages ?? ['en'];
  if (!languages.includes('cy')) return null;
  const gaps = welshGaps(definition);
  const mine = (places: TextPlace[]) =>
    sectionId ? places.filter((p) => p.sectionId === sectionId) : places;
  const missing = mine(gaps.missing);
  const review = mine(gaps.review);
  const where = sectionId ? ' in this section' : '';
  return (
    <div className="govuk-inset-text app-welsh-gaps" id="welsh-gaps">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Welsh</h2>
      {missing.length === 0 ? (
        <p className="govuk-body">Every text{where} has a Welsh version.</p>
      ) : (
        <Places id="welsh-missing" summary={`${countTexts(missing.length, 'missing')}${where}`}>
          <PlaceList
            places={missing}
            definition={definition}
            templateId={templateId}
            onSection={!sectionId}
          />
        </Places>
      )}
      {review.length > 0 ? (
        <Places id="welsh-review" summary={`${countTexts(review.length, 'review')}${where}`}>
          <PlaceList places={review} definition={definition} templateId={templateId} onSection={!sectionId} />
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
  places,
  definition,
  templateId,
  onSection,
}: {
  places: TextPlace[];
  definition: TemplateDefinition;
  templateId: string;
  /** On the template's page: one link per section, with its count. */
  onSection: boolean;
}) {
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
            <PlaceItem place={p} />
          </li>
        ))}
        {definition.sections
          .filter((section) => bySection.has(section.id))
          .map((section) => (
            <li key={section.id}>
              <Link href={paths.templateDraftSection(templateId, section.id)} className="govuk-link">
                Section {definition.sections.indexOf(section) + 1}: {section.title.en || 'no title'}
              </Link>{' '}
              ({bySection.get(section.id) === 1 ? '1 text' : `${bySection.get(section.id)} texts`})
            </li>
          ))}
        {elsewhere > 0 ? (
          <li>
            {elsewhere === 1 ? '1 text' : `${elsewhere} texts`} of the form’s introduction, “About this form”,
            notice or footnotes (not edited in the designer)
          </li>
        ) : null}
      </ul>
    );
  }
  return (
    <ul className="govuk-list govuk-list--bullet">
      {places.map((p) => (
        <li key={p.path.join('.')}>
          <PlaceItem place={p} />
        </li>
      ))}
    </ul>
  );
}

function PlaceItem({ place }: { place: TextPlace }) {
  const text = (
    <>
      {place.where}: <span className="govuk-hint">{place.words}</span>
    </>
  );
  if (!place.targetId) return text;
  const target = place.targetId;
  return <LinkButton onClick={() => openAndFocus(target)}>{text}</LinkButton>;
}
