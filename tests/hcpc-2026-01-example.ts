import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '@schemas/assessment.ts';
import { templateDefinitionSchema, type TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition, registerTemplate } from '@schemas/templates/index.ts';
import { moveToTemplateVersion } from '@/domain/version-move.ts';
import { buildExampleAssessment } from './builders.ts';

/**
 * The frozen second version of the HCPC template (tests/fixtures/template/hcpc-eia-2026-01-example.json:
 * a "Carers" group, impact ratings per group, the action plan as a table, the Welsh Language Standards),
 * read through the same schema the app uses.
 */
export function loadHcpc202601Example(): TemplateDefinition {
  return templateDefinitionSchema.parse(
    JSON.parse(
      // A path, not a URL object: under jsdom the global URL is not one node:fs accepts.
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), 'fixtures/template/hcpc-eia-2026-01-example.json'),
        'utf8',
      ),
    ),
  );
}

/** The five actions of the moved example's action plan table. */
export const MOVED_EXAMPLE_ACTIONS = [1, 2, 3, 4, 5].map((i) => ({
  id: `r${i}`,
  cells: {
    action: `Rider survey ${i} on the evening timetable`,
    owner: 'Transport team',
    due: { day: String(i), month: '3', year: '2026' },
    status: 'in-progress',
  },
}));

/**
 * The seed example moved to the 2026-01 form (the fixture is registered as a learnt template), with ratings
 * for "Carers" and "Age" and an action plan table of five actions.
 */
export function buildMovedExampleWithActionPlan(): Assessment {
  const fixture = loadHcpc202601Example();
  registerTemplate(fixture);
  const moved = moveToTemplateVersion(
    buildExampleAssessment(),
    hcpcEia201810Definition,
    fixture,
    new Date('2026-02-01T12:00:00Z'),
  );
  if (!moved.ok) throw new Error(moved.message);
  return {
    ...moved.assessment,
    answers: {
      ...moved.assessment.answers,
      carers: { ratings: ['negative', 'positive'], why: 'Fewer evening buses.', mitigation: 'Keep route 7.' },
      age: { ratings: ['not-known'], why: 'No data on older riders yet.', mitigation: '' },
      actionPlanSummary: MOVED_EXAMPLE_ACTIONS,
    },
  } as Assessment;
}
