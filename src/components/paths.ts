/** Every route of the app in one place, so links and tests agree. Hash routing: paths follow '#'. */
export const paths = {
  home: () => '/',
  about: () => '/about',
  bin: () => '/bin',
  overview: () => '/overview',
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
