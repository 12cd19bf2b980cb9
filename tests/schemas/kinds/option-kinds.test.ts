import { answerOf, answersSchemaFor, anyAnswersSchema } from '@schemas/answers.ts';
import { checkQuestion } from '@schemas/completion.ts';
import { kindOf } from '@schemas/kinds/index.ts';
import {
  localiseTemplate,
  templateDefinitionSchema,
  templateQuestions,
  type Question,
} from '@schemas/template-definition.ts';
import { describe, expect, it } from 'vitest';
import { optionKindsTemplate } from '../../option-kinds-template.ts';

const template = localiseTemplate(optionKindsTemplate);
const question = (id: string): Question => templateQuestions(template).find((q) => q.id === id)!;
const problem = (id: string, value: unknown) => checkQuestion(question(id), { [id]: value as never });

describe('the yes-no, choice and choices kinds in a template definition', () => {
  it('accepts the test template', () => {
    expect(templateDefinitionSchema.safeParse(optionKindsTemplate).success).toBe(true);
  });

  it('refuses options without a value, duplicate values and an empty option list', () => {
    const withOptions = (options: unknown) => ({
      ...optionKindsTemplate,
      sections: [
        {
          ...optionKindsTemplate.sections[1]!,
          questions: [{ id: 'scope', kind: 'choice', label: { en: 'Scope' }, required: true, options }],
        },
      ],
    });
    const twice = [
      { value: 'a', label: { en: 'A' } },
      { value: 'a', label: { en: 'Also A' } },
    ];
    const result = templateDefinitionSchema.safeParse(withOptions(twice));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('Two options have the value \\"a\\"');
    expect(templateDefinitionSchema.safeParse(withOptions([])).success).toBe(false);
    expect(templateDefinitionSchema.safeParse(withOptions([{ label: { en: 'A' } }])).success).toBe(false);
  });
});

describe('answers of the yes-no, choice and choices kinds', () => {
  const schema = answersSchemaFor(template);

  it('fills empty answers for untouched questions', () => {
    const answers = schema.parse({});
    expect(answers.consulted).toEqual({ choice: '', followUp: '' });
    expect(answers.scope).toBe('');
    expect(answers.channels).toEqual([]);
  });

  it('keeps option values the template does not list (an imported answer is never dropped)', () => {
    const answers = schema.parse({
      consulted: { choice: 'maybe', followUp: 'Asked twice.' },
      scope: 'region',
      channels: ['web', 'carrier-pigeon'],
    });
    expect(answers.consulted).toEqual({ choice: 'maybe', followUp: 'Asked twice.' });
    expect(answers.scope).toBe('region');
    expect(answers.channels).toEqual(['web', 'carrier-pigeon']);
  });

  it('keeps the follow-up text while "no" hides it', () => {
    const answers = schema.parse({ consulted: { choice: 'no', followUp: 'Typed before changing my mind.' } });
    expect(answerOf(question('consulted'), answers)).toEqual({
      choice: 'no',
      followUp: 'Typed before changing my mind.',
    });
  });

  it('rejects shapes no kind holds, and over-long values', () => {
    expect(schema.safeParse({ channels: 'web' }).success).toBe(false);
    expect(schema.safeParse({ scope: ['web'] }).success).toBe(false);
    expect(schema.safeParse({ consulted: true }).success).toBe(false);
    expect(schema.safeParse({ scope: 'x'.repeat(201) }).success).toBe(false);
    expect(schema.safeParse({ channels: Array.from({ length: 201 }, () => 'web') }).success).toBe(false);
  });

  it('keeps a yes / no answer and a ticked list under a key the template does not ask, as they are', () => {
    const kept = anyAnswersSchema.parse({
      old1: { choice: 'yes', followUp: 'Because.' },
      old2: ['a', 'b'],
      old3: { day: '1', month: '2', year: '2020' },
    });
    expect(kept).toEqual({
      old1: { choice: 'yes', followUp: 'Because.' },
      old2: ['a', 'b'],
      old3: { day: '1', month: '2', year: '2020' },
    });
  });
});

describe('the completion checks (GOV.UK messages)', () => {
  it('asks to select yes or no, and for the follow-up when "yes" reveals it', () => {
    expect(problem('consulted', { choice: '', followUp: '' })?.message).toBe(
      'Select yes or no: Have you consulted staff networks?',
    );
    expect(problem('consulted', { choice: 'yes', followUp: ' ' })).toMatchObject({
      message: 'Answer “If yes, which networks and what did they say?”',
      dateParts: ['followUp'],
    });
    expect(problem('consulted', { choice: 'yes', followUp: 'The disability network.' })).toBeNull();
    expect(problem('consulted', { choice: 'no', followUp: '' })).toBeNull();
  });

  it('asks to select an option; a value the template does not list is not an answer', () => {
    expect(problem('scope', '')?.message).toBe('Select the scope of the change');
    expect(problem('scope', 'region')?.message).toBe('Select the scope of the change');
    expect(problem('scope', 'staff')).toBeNull();
    expect(problem('channels', [])?.message).toBe('Select the channels it uses');
    expect(problem('channels', ['phone'])).toBeNull();
  });
});

describe('the text the review rules read, and lossless conversions', () => {
  it('reads the labels and the follow-up as words', () => {
    const yesNo = kindOf(question('consulted'));
    expect(yesNo.text({ choice: 'yes', followUp: 'Carers network.' }, question('consulted'))).toBe(
      'Yes\n\nCarers network.',
    );
    expect(yesNo.text({ choice: 'no', followUp: 'hidden' }, question('consulted'))).toBe('No');
    expect(kindOf(question('scope')).text('both', question('scope'))).toBe('Staff and the public');
    expect(kindOf(question('channels')).text(['letter', 'web'], question('channels'))).toBe(
      'Website\nLetters',
    );
  });

  it('turns a choice into text by its label, and text into a choice only when it names an option', () => {
    const text = { ...question('name') };
    expect(
      kindOf(text).convertFrom({ kind: 'choice', value: 'both', question: question('scope') }, text),
    ).toBe('Staff and the public');
    const scope = question('scope');
    expect(kindOf(scope).convertFrom({ kind: 'text', value: 'The public' }, scope)).toBe('public');
    expect(kindOf(scope).convertFrom({ kind: 'text', value: 'Everyone' }, scope)).toBeUndefined();
    const channels = question('channels');
    expect(kindOf(channels).convertFrom({ kind: 'choice', value: 'web' }, channels)).toEqual(['web']);
    expect(kindOf(channels).convertFrom({ kind: 'text', value: 'web' }, channels)).toBeUndefined();
  });
});
