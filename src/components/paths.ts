/** Every route of the app in one place, so links and tests agree. Hash routing: paths follow '#'. */
export const paths = {
  home: () => '/',
  about: () => '/about',
  bin: () => '/bin',
  overview: () => '/overview',
  /** "Which template?" before a new assessment, when more than one is published. */
  newAssessment: () => '/new',
  /** The template designer: every template, its versions and drafts. */
  templates: () => '/templates',
  /** "Make a copy to adapt" of a template version (`key` is `id@version`). */
  templateCopy: (key: string) => `/templates/copy/${encodeURIComponent(key)}`,
  /** The same, starting from the copy with the common additions (impact per group, Carers…, action table). */
  templateCopyWithAdditions: (key: string) => `/templates/copy-with-additions/${encodeURIComponent(key)}`,
  templateDraft: (templateId: string) => `/templates/${encodeURIComponent(templateId)}/draft`,
  templateDraftSection: (templateId: string, sectionId: string) =>
    `/templates/${encodeURIComponent(templateId)}/draft/sections/${sectionId}`,
  /** The draft as assessors will see it (the real form pages, with sample answers). */
  templateDraftPreview: (templateId: string) => `/templates/${encodeURIComponent(templateId)}/draft/preview`,
  templateDraftPublish: (templateId: string) => `/templates/${encodeURIComponent(templateId)}/draft/publish`,
  assessment: (id: string) => `/assessments/${encodeURIComponent(id)}`,
  section: (id: string, sectionId: string) => `/assessments/${encodeURIComponent(id)}/sections/${sectionId}`,
  /** A section page scrolled to one question and focused on its field (for Change links, error links). */
  field: (id: string, sectionId: string, questionId: string) =>
    `/assessments/${encodeURIComponent(id)}/sections/${sectionId}/${questionId}`,
  check: (id: string) => `/assessments/${encodeURIComponent(id)}/check`,
  /** How the PDF appendix is headed: appendix label, organisation, committee, meeting date. */
  publication: (id: string) => `/assessments/${encodeURIComponent(id)}/publication`,
  /** What moving the assessment to another version of its form would change, and the button to do it. */
  moveVersion: (id: string, version: string) =>
    `/assessments/${encodeURIComponent(id)}/move-version/${encodeURIComponent(version)}`,
  history: (id: string) => `/assessments/${encodeURIComponent(id)}/history`,
  review: (id: string) => `/assessments/${encodeURIComponent(id)}/review`,
  /** "Are you sure you want to agree this assessment?" (the GOV.UK confirmation before locking it). */
  agree: (id: string) => `/assessments/${encodeURIComponent(id)}/review/agree`,
};
