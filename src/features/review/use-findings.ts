import { useMemo } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { findingsFor, type Finding } from '@/domain/findings/index.ts';

/** The assessment's findings, recomputed when it changes (well under a millisecond: see the report). */
export function useFindings(assessment: Assessment, template: Template): Finding[] {
  return useMemo(() => findingsFor(assessment, template, { today: new Date() }), [assessment, template]);
}
