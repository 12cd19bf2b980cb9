import { answersSchemaFor, emptyAnswers } from '@schemas/answers.ts';
import { templateDefinitionSchema } from '@schemas/template-definition.ts';
import {
  currentTemplate,
  findTemplate,
  hcpcEia201810,
  hcpcEia201810Definition,
} from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';

describe('the hcpc-eia 2018-10 template', () => {
  it('is a well-formed template definition', () => {
    expect(() => templateDefinitionSchema.parse(hcpcEia201810Definition)).not.toThrow();
    expect(findTemplate('hcpc-eia', '2018-10')).toBe(hcpcEia201810);
    expect(currentTemplate.version).toBe('2018-10');
  });

  it('gives every question exactly one answer key and every key exactly one question', () => {
    const questionIds = hcpcEia201810.sections.flatMap((s) => s.questions.map((q) => q.id));
    const answerKeys = Object.keys(answersSchemaFor(hcpcEia201810).parse({}));
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect([...questionIds].sort()).toEqual([...answerKeys].sort());
  });

  it('matches each question kind to its answer shape', () => {
    const empty = emptyAnswers(hcpcEia201810);
    for (const q of hcpcEia201810.sections.flatMap((s) => s.questions)) {
      const value = empty[q.id];
      expect(typeof value === 'string' ? 'text' : 'date', q.id).toBe(q.kind === 'date' ? 'date' : 'text');
    }
  });

  it('has the six sections of the form in order, with the nine protected characteristics', () => {
    expect(hcpcEia201810.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Project / Policy overview',
      '2 Evidence and Engagement',
      '3 Analysis by equality group',
      '4 Welsh Language Scheme',
      '5 Summary of Analysis',
      '6 Action plan',
    ]);
    const analysis = hcpcEia201810.sections[2]!.questions.map((q) => q.label);
    expect(analysis).toEqual([
      'Age',
      'Disability',
      'Gender reassignment',
      'Marriage and civil partnerships',
      'Pregnancy and maternity',
      'Race',
      'Religion or belief',
      'Sex',
      'Sexual orientation',
      'Other identified groups',
      'Four countries diversity',
    ]);
    expect(hcpcEia201810.sections[2]!.questions[0]!.descriptor).toBe(
      'includes children, young people and older people',
    );
  });

  it('keeps guidance out of the answers: drafting starts with every answer empty', () => {
    const empty = emptyAnswers(hcpcEia201810);
    for (const value of Object.values(empty)) {
      if (typeof value === 'string') expect(value).toBe('');
      else expect(value).toEqual({ day: '', month: '', year: '' });
    }
  });
});
