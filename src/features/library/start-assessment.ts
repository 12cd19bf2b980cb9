import { createAssessment } from '@/domain/new-assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import type { Repository } from '@/storage/repository.ts';
import type { TemplateChoice } from '@/storage/template-drafts-store.ts';
import { findTemplate } from '@schemas/templates/index.ts';

/** Creates a new, empty assessment on `choice` (with the remembered publication defaults); returns its id. */
export async function startAssessmentOn(
  repository: Repository,
  choice: TemplateChoice | undefined,
  language: Language,
): Promise<string> {
  const template = choice ? findTemplate(choice.id, choice.version) : undefined;
  const defaults = await repository.getSetting('publicationDefaults');
  const assessment = createAssessment({
    now: repository.now(),
    language,
    ...(template ? { template } : {}),
    ...(defaults ? { publication: defaults } : {}),
  });
  await repository.create(assessment);
  return assessment.id;
}
