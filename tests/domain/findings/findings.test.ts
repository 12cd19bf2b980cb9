import { describe, expect, it } from 'vitest';
import type { Answers } from '@schemas/answers.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import {
  countFindings,
  countsBySection,
  describeCounts,
  findingsByField,
  findingsFor,
  groupStates,
  type Finding,
  type RuleDefinition,
} from '@/domain/findings/index.ts';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { wellMadeAnswers } from './well-made-answers.ts';

const today = new Date('2026-03-10T12:00:00Z');
const GROUPS = currentTemplate.sections
  .flatMap((s) => s.questions)
  .filter((q) => q.role === 'equality-group')
  .map((q) => q.id);

function findings(answers: Answers, extra: Parameters<typeof buildAssessment>[0] = {}): Finding[] {
  return findingsFor(buildAssessment({ ...extra, answers }), currentTemplate, { today });
}
const ids = (list: Finding[]) => list.map((f) => f.id);
const on = (list: Finding[], questionId: string) => list.filter((f) => f.questionId === questionId);

describe('findingsFor', () => {
  it('finds nothing in a well-made assessment', () => {
    expect(findings(wellMadeAnswers())).toEqual([]);
  });

  it('marks every required question that is unanswered as missing, with what to do', () => {
    const list = findings({});
    const required = currentTemplate.sections.flatMap((s) => s.questions).filter((q) => q.required);
    expect(list.filter((f) => f.severity === 'missing').map((f) => f.questionId)).toEqual(
      required.map((q) => q.id),
    );
    const age = on(list, 'age')[0]!;
    expect(age).toMatchObject({
      severity: 'missing',
      sectionId: 'analysis',
      questionLabel: 'Age',
      title: 'Not answered',
      explanation: 'Describe any impact on age, or say why there is none.',
    });
    expect(countFindings(list)).toEqual({ missing: required.length, weak: 0 });
  });

  it('treats an answer of white space as unanswered', () => {
    expect(on(findings({ ...wellMadeAnswers(), race: ' \n\t ' }), 'race').map((f) => f.severity)).toEqual([
      'missing',
    ]);
  });

  it('does not ask for “Date EIA agreed” before the assessment is agreed', () => {
    expect(on(findings({}), 'dateAgreed')).toEqual([]);
  });

  describe('equality groups', () => {
    it('flags a placeholder such as “n/a” as weak, quoting it', () => {
      const [f] = on(findings({ ...wellMadeAnswers(), otherGroups: 'n/a' }), 'otherGroups');
      expect(f).toMatchObject({ severity: 'weak', title: '“n/a” does not answer the question' });
    });

    it('flags a very short answer as weak', () => {
      const [f] = on(findings({ ...wellMadeAnswers(), age: 'Not relevant to this work.' }), 'age');
      expect(f).toMatchObject({ severity: 'weak', title: 'Too short to show this was considered' });
    });

    it('draws the short-answer line at 8 words', () => {
      const titles = (age: string) => on(findings({ ...wellMadeAnswers(), age }), 'age').map((f) => f.title);
      expect(titles('No impact on this group.')).toEqual(['Too short to show this was considered']);
      expect(titles('Not relevant to this work.')).toEqual(['Too short to show this was considered']);
      expect(titles('No impact, because the guidance applies to every registrant equally.')).toEqual([]);
    });

    it('counts words as wordCount does, whatever the spacing and punctuation', () => {
      const titles = (age: string) => on(findings({ ...wellMadeAnswers(), age }), 'age').map((f) => f.title);
      // 7 words (the apostrophe joins "doesn't"; dashes, slashes and runs of spaces split nothing new).
      expect(titles('  It doesn’t  reach—them,\n because / data shows  ')).toEqual([
        'Too short to show this was considered',
      ]);
      // 8 words.
      expect(titles('  It doesn’t  reach—them,\n because / survey data shows  ')).toEqual([]);
    });

    it('flags “no impact” with no reason, and accepts it with one', () => {
      const bare = 'We do not expect this work to have any impact on people in this group.';
      expect(on(findings({ ...wellMadeAnswers(), sex: bare }), 'sex').map((f) => f.title)).toEqual([
        'Says there is no impact but not why',
      ]);
      const reasoned = `${bare.slice(0, -1)}, because it applies to every registrant in the same way.`;
      expect(on(findings({ ...wellMadeAnswers(), sex: reasoned }), 'sex')).toEqual([]);
    });

    it('does not read “not only” or “not just” as saying there is no impact', () => {
      const positive =
        'Positive impact for disabled registrants: the guidance comes in accessible HTML, not only a PDF, which was an issue raised by the disability network.';
      expect(on(findings({ ...wellMadeAnswers(), disability: positive }), 'disability')).toEqual([]);
      const alsoPositive =
        'Trans registrants gain from clearer advice: not just the rules on harassment, but the ways to report concerns.';
      expect(
        on(findings({ ...wellMadeAnswers(), genderReassignment: alsoPositive }), 'genderReassignment'),
      ).toEqual([]);
    });

    it('accepts “no impact” explained as the rules applying to everyone in the same way', () => {
      for (const age of [
        'There is no impact on this group: the new rules apply to everyone who registers with us.',
        'There is no impact on this group: the guidance applies to everyone in the same way.',
        'No impact on this group, the guidance affects all registrants in the same way online.',
      ]) {
        expect(on(findings({ ...wellMadeAnswers(), age }), 'age').map((f) => f.title)).toEqual([]);
      }
    });

    it('flags every group that shares a copied answer, once each, naming the others', () => {
      const copied = 'There is no impact on this group because the guidance applies to everyone.';
      const list = findings({ ...wellMadeAnswers(), age: copied, race: copied, sex: copied });
      const copies = list.filter((f) => f.ruleId === 'group-distinct');
      expect(copies.map((f) => f.questionId)).toEqual(['age', 'race', 'sex']);
      expect(copies[0]).toMatchObject({
        severity: 'weak',
        title: 'Same or nearly the same answer as 2 other groups',
        related: ['race', 'sex'],
      });
    });

    it('joins a chain of near-copies into one group, and keeps separate groups apart', () => {
      const [a, b, c, d, e] = GROUPS as [string, string, string, string, string];
      // a~b and b~c score 9/11 (over 0.8); a and c only 8/12, but the chain joins all three.
      const chain = {
        [a]: 'alpha bravo charlie delta echo foxtrot golf hotel india juliet',
        [b]: 'alpha bravo charlie delta echo foxtrot golf hotel india kilo',
        [c]: 'alpha bravo charlie delta echo foxtrot golf hotel kilo lima',
        [d]: 'mike november oscar papa quebec romeo sierra tango uniform victor',
        [e]: 'mike november oscar papa quebec romeo sierra tango uniform victor',
      };
      const copies = (answers: Answers) =>
        findings(answers)
          .filter((f) => f.ruleId === 'group-distinct')
          .map((f) => [f.questionId, f.related]);
      expect(copies({ ...wellMadeAnswers(), ...chain })).toEqual([
        [a, [b, c]],
        [b, [a, c]],
        [c, [a, b]],
        [d, [e]],
        [e, [d]],
      ]);
      // Rewriting the middle of the chain breaks it (pairs of unchanged answers are not measured again).
      const broken = { ...wellMadeAnswers(), ...chain, [b]: 'whiskey xray yankee zulu one two three four' };
      expect(copies(broken)).toEqual([
        [d, [e]],
        [e, [d]],
      ]);
    });

    it('names the others when the rule’s title asks for them', () => {
      const rule: RuleDefinition = {
        id: 'copies',
        kind: 'distinct',
        fields: { roles: ['equality-group'] },
        threshold: 0.8,
        minWords: 1,
        title: 'Same as {others}',
        sharedTitle: 'Copied',
        explanation: 'Answer each group on its own.',
      };
      const copied = 'There is no impact on this group because the guidance applies to everyone.';
      const list = findingsFor(
        buildAssessment({ answers: { ...wellMadeAnswers(), age: copied, race: copied, sex: copied } }),
        currentTemplate,
        { today, rules: [rule] },
      );
      expect(list.map((f) => f.title)).toEqual([
        'Same as Race, Sex',
        'Same as Age, Sex',
        'Same as Age, Race',
      ]);
    });

    it('catches copies that differ only by the group’s name', () => {
      const list = findings({
        ...wellMadeAnswers(),
        age: 'We considered age and found nothing that would disadvantage this group.',
        disability: 'We considered disability and found nothing that would disadvantage this group.',
      });
      expect(list.filter((f) => f.ruleId === 'group-distinct').map((f) => f.questionId)).toEqual([
        'age',
        'disability',
      ]);
    });
  });

  it('asks the evidence to name a source or say why there is none', () => {
    const vague = 'We spoke to some people about the changes and listened to what they said.';
    expect(
      on(findings({ ...wellMadeAnswers(), evidenceConsidered: vague }), 'evidenceConsidered')[0]?.title,
    ).toBe('Does not name a source of evidence');
    const none =
      'There is no data available on this because we have never collected it; we will ask in the next registrant survey.';
    expect(on(findings({ ...wellMadeAnswers(), evidenceConsidered: none }), 'evidenceConsidered')).toEqual(
      [],
    );
  });

  describe('the public sector equality duty', () => {
    it('flags three identical answers as weak', () => {
      const same = 'The guidance will help us meet this aim because it tells registrants what we expect.';
      const list = findings({
        ...wellMadeAnswers(),
        psedEliminate: same,
        psedAdvance: same,
        psedGoodRelations: same,
      });
      expect(list.filter((f) => f.ruleId === 'psed-distinct').map((f) => f.title)).toEqual([
        'Same or nearly the same answer as 2 other equality duty questions',
        'Same or nearly the same answer as 2 other equality duty questions',
        'Same or nearly the same answer as 2 other equality duty questions',
      ]);
    });

    it('flags two of three when only two are the same', () => {
      const same = 'The guidance will help us meet this aim because it tells registrants what we expect.';
      const list = findings({ ...wellMadeAnswers(), psedEliminate: same, psedAdvance: same });
      expect(list.filter((f) => f.ruleId === 'psed-distinct').map((f) => f.questionId)).toEqual([
        'psedEliminate',
        'psedAdvance',
      ]);
    });
  });

  describe('“Date EIA agreed”', () => {
    const agreed = (dateAgreed: Answers['dateAgreed']) =>
      on(findings({ ...wellMadeAnswers(), dateAgreed }, { status: 'agreed' }), 'dateAgreed');

    it('is missing on an agreed assessment without it', () => {
      expect(agreed({ day: '', month: '', year: '' })).toMatchObject([
        { severity: 'missing', title: 'Date EIA agreed is missing' },
      ]);
    });

    it('must be a real date', () => {
      expect(agreed({ day: '31', month: '2', year: '2026' })).toMatchObject([
        { severity: 'missing', title: 'Date EIA agreed is not a real date' },
      ]);
    });

    it('must not be in the future', () => {
      expect(agreed({ day: '11', month: '3', year: '2026' })).toMatchObject([
        { severity: 'weak', title: 'Date EIA agreed is in the future' },
      ]);
      expect(agreed({ day: '10', month: '3', year: '2026' })).toEqual([]);
    });

    it('is weak before agreement if what was typed is not a real date', () => {
      expect(
        on(
          findings({ ...wellMadeAnswers(), dateAgreed: { day: '40', month: '1', year: '2026' } }),
          'dateAgreed',
        ),
      ).toMatchObject([{ severity: 'weak', title: 'Date EIA agreed is not a real date' }]);
    });
  });

  it('keeps the template’s question order, missing before weak', () => {
    const list = findings({ age: 'n/a', evidenceConsidered: 'Some chats.' });
    const order = currentTemplate.sections.flatMap((s) => s.questions.map((q) => q.id));
    const positions = list.map((f) => order.indexOf(f.questionId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('reads only the fields a rule names, and skips ids the template does not have', () => {
    const rules: RuleDefinition[] = [
      { id: 'answered', kind: 'answered', fields: { ids: ['projectTitle', 'aQuestionOfALaterVersion'] } },
    ];
    const list = findingsFor(buildAssessment(), currentTemplate, { today, rules });
    expect(ids(list)).toEqual(['answered:projectTitle']);
  });
});

describe('findingsFor on the seed example (social media guidance, 2019)', () => {
  const list = findingsFor(buildExampleAssessment(), currentTemplate, { today });
  const byField = findingsByField(list);

  it('has nothing missing', () => {
    expect(list.filter((f) => f.severity === 'missing')).toEqual([]);
  });

  it('flags the “No impacts are expected…” copied down every group, once per group', () => {
    const copies = list.filter((f) => f.ruleId === 'group-distinct');
    expect(copies.map((f) => f.questionId)).toEqual(GROUPS.filter((g) => g !== 'otherGroups'));
    expect(copies[0]!.title).toBe('Same or nearly the same answer as 9 other groups');
    for (const g of GROUPS.filter((g) => g !== 'otherGroups'))
      expect(byField.get(g)!.map((f) => f.title)).toContain('Says there is no impact but not why');
  });

  it('flags “n/a” for Other identified groups', () => {
    expect(byField.get('otherGroups')!.map((f) => f.title)).toEqual(['“n/a” does not answer the question']);
  });

  it('flags the evidence, which names no source', () => {
    expect(byField.get('evidenceConsidered')!.map((f) => f.title)).toEqual([
      'Does not name a source of evidence',
    ]);
  });

  it('flags “see above” for stakeholders engaged', () => {
    expect(byField.get('stakeholdersEngaged')!.map((f) => f.title)).toEqual([
      'Points to another answer instead of answering',
    ]);
  });

  it('flags the three “will not actively…” equality duty answers as weak, explaining due regard', () => {
    for (const id of ['psedEliminate', 'psedAdvance', 'psedGoodRelations']) {
      const titles = byField.get(id)!.map((f) => f.title);
      expect(titles).toEqual([
        'Says the work will not meet this aim, without saying why',
        'Same or nearly the same answer as 2 other equality duty questions',
      ]);
    }
    expect(byField.get('psedAdvance')![0]!.explanation).toMatch(/due regard to each aim/);
  });

  it('counts questions per section for the task list', () => {
    const counts = countsBySection(currentTemplate, list);
    expect(counts).toEqual({
      overview: { missing: 0, weak: 0 },
      evidence: { missing: 0, weak: 2 },
      analysis: { missing: 0, weak: 11 },
      'welsh-language': { missing: 0, weak: 0 },
      summary: { missing: 0, weak: 0 },
      'action-plan': { missing: 0, weak: 3 },
    });
    expect(describeCounts(counts.analysis!)).toBe('11 to look at');
    expect(describeCounts({ missing: 2, weak: 3 })).toBe('2 missing, 3 to look at');
    expect(describeCounts({ missing: 0, weak: 0 })).toBe('');
  });

  it('gives every equality group a state for the overview grid', () => {
    const states = groupStates(currentTemplate, list);
    expect(Object.keys(states)).toEqual(GROUPS);
    expect(new Set(Object.values(states))).toEqual(new Set(['weak']));
    const partial = findingsFor(
      buildAssessment({ answers: { ...wellMadeAnswers(), race: '' } }),
      currentTemplate,
      {
        today,
      },
    );
    expect(groupStates(currentTemplate, partial)).toMatchObject({ race: 'missing', age: 'answered' });
  });
});

describe('findingsFor while one answer changes at a time (typing)', () => {
  const seed = buildExampleAssessment();
  const evaluate = (answers: Answers) => findingsFor({ ...seed, answers }, currentTemplate, { today });

  it('gives the very same list when no finding changed, and keeps every unchanged finding', () => {
    const first = evaluate({ ...seed.answers });
    expect(first.length).toBeGreaterThan(5);
    // A new answers object, every answer the same: nothing found differs, so nothing new is made.
    expect(evaluate({ ...seed.answers })).toBe(first);
    // One answer changed in a way that changes its own finding only.
    const next = evaluate({
      ...seed.answers,
      otherGroups: 'Carers may post about the people they care for.',
    });
    expect(next).not.toBe(first);
    expect(on(next, 'otherGroups')).toEqual([]);
    for (const finding of next) expect(first).toContain(finding);
    expect(next).toHaveLength(first.length - on(first, 'otherGroups').length);
  });

  it('finds again what an answer shows when it goes back to what it was', () => {
    const placeholder = on(evaluate({ ...seed.answers, otherGroups: 'n/a' }), 'otherGroups');
    expect(placeholder.map((f) => f.title)).toEqual(['“n/a” does not answer the question']);
    const reasoned = 'No impact: carers use the guidance as every registrant does, the survey showed.';
    expect(on(evaluate({ ...seed.answers, otherGroups: reasoned }), 'otherGroups')).toEqual([]);
    expect(on(evaluate({ ...seed.answers, otherGroups: 'n/a' }), 'otherGroups')).toEqual(placeholder);
    // Copies across groups are found again when a group's answer becomes a copy of another's.
    const copied = evaluate({ ...seed.answers, age: String(seed.answers.disability) });
    expect(on(copied, 'age').map((f) => f.ruleId)).toContain('group-distinct');
    expect(on(copied, 'disability').map((f) => f.ruleId)).toContain('group-distinct');
  });
});
