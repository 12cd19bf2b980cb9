// TEMPORARY until the library home page is merged: puts an empty assessment in the app's database.
import type { Page } from 'playwright-core';

export async function seedEmptyAssessment(page: Page, baseURL: string): Promise<string> {
  const id = `seed-${Math.random().toString(36).slice(2)}`;
  await page.goto(`${baseURL}/#/assessments/${id}`);
  await page.getByRole('heading', { name: 'Assessment not found' }).waitFor();
  await page.evaluate(async (id) => {
    const at = new Date().toISOString();
    const empty = { day: '', month: '', year: '' };
    const keys = [
      'projectTitle',
      'assessorName',
      'intendedOutcomes',
      'whoAffected',
      'evidenceConsidered',
      'stakeholdersEngaged',
      'age',
      'disability',
      'genderReassignment',
      'marriageCivilPartnership',
      'pregnancyMaternity',
      'race',
      'religionBelief',
      'sex',
      'sexualOrientation',
      'otherGroups',
      'fourCountries',
      'welshLanguage',
      'overallImpact',
      'actionPlanSummary',
      'psedEliminate',
      'psedAdvance',
      'psedGoodRelations',
    ];
    const answers: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, '']));
    answers.dateAgreed = empty;
    const assessment = {
      schemaVersion: 1,
      id,
      templateId: 'hcpc-eia',
      templateVersion: '2018-10',
      createdAt: at,
      updatedAt: at,
      status: 'draft',
      revision: 1,
      completedSections: [],
      answers,
      statusHistory: [{ status: 'draft', at, by: '', note: '', revision: 1 }],
      comments: [],
      publication: {
        appendixLabel: 'Appendix B',
        organisation: '',
        committee: '',
        meetingDate: '',
        includeAboutThisForm: false,
      },
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('eia-builder');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('assessments', 'readwrite');
      tx.objectStore('assessments').put({ id, assessment, writeVersion: 1, writtenBy: 'seed' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, id);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Untitled assessment' }).waitFor();
  return id;
}
