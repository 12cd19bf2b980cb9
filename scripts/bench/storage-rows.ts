import { type Assessment, type AssessmentStatus } from '@schemas/assessment.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { toSummaryRow } from '@/storage/stored-record.ts';

/**
 * Rows for the storage bench, built with the app's own code, in the exact shape the app stores
 * (tables `assessments` and `summaries`): realistic titles, assessors, statuses and a few paragraphs.
 */
const TOPICS = [
  'Social media guidance',
  'Registration fees',
  'Fitness to practise hearings',
  'Flexible working policy',
  'Continuing professional development audit',
  'Welsh language standards',
  'Estates strategy',
  'Recruitment of partners',
];
const ASSESSORS = ['Katherine Timms', 'Siân Ŵyn', 'Sam Patel', 'Ana Díaz', 'Kwame Mensah'];
const STATUSES: AssessmentStatus[] = ['draft', 'draft', 'ready-for-review', 'returned', 'agreed'];
const PARAGRAPH =
  'We considered the available evidence, including our registrant diversity data and the responses to the consultation, and identified no disproportionate impact on this group. We will monitor feedback and revisit this assessment if any issue is raised.';

export function benchAssessment(i: number, start = Date.UTC(2024, 0, 1)): Assessment {
  const a = createAssessment({
    id: `bench-${String(i).padStart(5, '0')}`,
    now: new Date(start + i * 3_600_000),
    answers: {
      projectTitle: `${TOPICS[i % TOPICS.length]} ${2019 + (i % 8)} (${i})`,
      assessorName: ASSESSORS[i % ASSESSORS.length]!,
      intendedOutcomes: PARAGRAPH,
      whoAffected: PARAGRAPH,
      evidenceConsidered: PARAGRAPH,
      age: PARAGRAPH,
      disability: PARAGRAPH,
      race: PARAGRAPH,
    },
  });
  return { ...a, status: STATUSES[i % STATUSES.length]!, completedSections: i % 3 === 0 ? ['overview'] : [] };
}

export function benchRows(from: number, to: number) {
  const assessments = [];
  const summaries = [];
  for (let i = from; i < to; i++) {
    const assessment = benchAssessment(i);
    assessments.push({ id: assessment.id, assessment, writeVersion: 1, writtenBy: 'bench' });
    summaries.push(toSummaryRow(assessment));
  }
  return { assessments, summaries };
}
