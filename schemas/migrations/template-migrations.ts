import { CURRENT_TEMPLATE_SCHEMA_VERSION } from '../plain/template-definition.ts';
import {
  assertMigrationChain,
  type Migration,
  type MigrationOutcome,
  type PlainRecord,
  runMigrations,
} from './run-migrations.ts';

/**
 * Migrations of a template definition (schemas/template-definition.ts), as stored in IndexedDB and
 * carried in `.eia.json` and `.eia-template.json` files.
 *
 * Version 1 is the shape compiled into the first releases (the HCPC 2018-10 form): it had no
 * `schemaVersion` field, plain English strings, `equalityGroup: true` on the analysis questions, and
 * review rules and outputs that read the HCPC answer keys. Version 2 makes every text a LocalText,
 * says which guidance is printed, and gives those questions roles instead.
 */
export const FIRST_TEMPLATE_SCHEMA_VERSION = 1;

/** The answer keys version 1's rules and outputs read, and the role each now carries. */
const V1_ROLES: Record<string, string> = {
  projectTitle: 'title',
  assessorName: 'assessor',
  dateAgreed: 'date-agreed',
  intendedOutcomes: 'intended-outcomes',
  whoAffected: 'who-affected',
  evidenceConsidered: 'evidence',
  stakeholdersEngaged: 'engagement',
  welshLanguage: 'welsh-language',
  overallImpact: 'overall-impact',
  actionPlanSummary: 'action-plan',
  psedEliminate: 'psed-eliminate',
  psedAdvance: 'psed-advance',
  psedGoodRelations: 'psed-good-relations',
};

const en = (value: unknown): unknown => (typeof value === 'string' ? { en: value } : value);
const enAll = (value: unknown): unknown => (Array.isArray(value) ? value.map(en) : value);
const paragraph = (value: unknown): unknown =>
  typeof value === 'string' ? { text: { en: value }, printed: false } : value;
const defined = (record: PlainRecord): PlainRecord =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

function record(value: unknown): PlainRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as PlainRecord) : {};
}

const v1ToV2: Migration = {
  from: 1,
  to: 2,
  description: 'Texts in English and Welsh, printed guidance marked, roles instead of answer keys',
  migrate: (input) => {
    const sections = Array.isArray(input.sections) ? input.sections : [];
    const about = record(input.about);
    return defined({
      ...input,
      title: en(input.title),
      shortTitle: en(input.shortTitle),
      introGuidance: enAll(input.introGuidance),
      notice: en(input.notice),
      about: defined({
        ...about,
        title: en(about.title),
        blocks: Array.isArray(about.blocks)
          ? about.blocks.map((b) => {
              const block = record(b);
              return defined({
                ...block,
                heading: en(block.heading),
                paragraphs: enAll(block.paragraphs),
                bullets: enAll(block.bullets),
                after: enAll(block.after),
              });
            })
          : about.blocks,
      }),
      footnotes: Array.isArray(input.footnotes)
        ? input.footnotes.map((f) => ({ ...record(f), text: en(record(f).text) }))
        : input.footnotes,
      sections: sections.map((s) => {
        const section = record(s);
        return {
          ...section,
          title: en(section.title),
          guidance: Array.isArray(section.guidance) ? section.guidance.map(paragraph) : section.guidance,
          questions: Array.isArray(section.questions)
            ? section.questions.map((q) => {
                const { equalityGroup, ...question } = record(q);
                const id = typeof question.id === 'string' ? question.id : '';
                const role = equalityGroup === true ? 'equality-group' : V1_ROLES[id];
                return defined({
                  ...question,
                  label: en(question.label),
                  descriptor: en(question.descriptor),
                  hint: en(question.hint),
                  guidance: enAll(question.guidance),
                  heading: en(question.heading),
                  headingGuidance: paragraph(question.headingGuidance),
                  requiredMessage: en(question.requiredMessage),
                  role,
                });
              })
            : section.questions,
        };
      }),
    });
  },
};

export const templateMigrations: readonly Migration[] = [v1ToV2];

assertMigrationChain(templateMigrations, FIRST_TEMPLATE_SCHEMA_VERSION, CURRENT_TEMPLATE_SCHEMA_VERSION);

/** Brings a template definition of any released version up to the current one (not yet validated). */
export function migrateTemplateDefinition(input: PlainRecord): MigrationOutcome {
  // Version 1 had no schemaVersion field: a definition without one is version 1.
  const versioned =
    'schemaVersion' in input ? input : { ...input, schemaVersion: FIRST_TEMPLATE_SCHEMA_VERSION };
  return runMigrations(versioned, {
    versionField: 'schemaVersion',
    migrations: templateMigrations,
    first: FIRST_TEMPLATE_SCHEMA_VERSION,
    current: CURRENT_TEMPLATE_SCHEMA_VERSION,
  });
}
