import { describe, expect, it } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import {
  buildPdfViewModel,
  parseAnswerBlocks,
  unsupportedCharactersMessage,
  type PdfItem,
  type PdfViewModel,
} from '@/domain/pdf-view-model.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';

const options = { exportedAt: new Date(2026, 0, 5, 12, 0), appVersion: '1.2.3' };

function item(vm: PdfViewModel, id: string): PdfItem {
  const found = vm.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('buildPdfViewModel', () => {
  it('heads the first page with the appendix label, the EIA title, the form title and the meeting details', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(vm.cover).toEqual({
      appendixLabel: 'Appendix B',
      title: 'Social media guidance updates 2019',
      formTitle: 'Equality, Diversity and Inclusion Impact Assessment (EIA)',
      details: [
        { label: 'Organisation', value: 'Health and Care Professions Council' },
        { label: 'Committee', value: 'Education and Training Committee' },
        { label: 'Meeting date', value: '11 September 2019' },
      ],
    });
    expect(vm.header).toBe('Appendix B: Social media guidance updates 2019');
  });

  it('leaves out organisation, committee and meeting date when they are not given', () => {
    const vm = buildPdfViewModel(
      buildAssessment({ answers: { projectTitle: 'Fees review' } }),
      currentTemplate,
      options,
    );
    expect(vm.cover.details).toEqual([]);
    expect(vm.cover.title).toBe('Fees review');
  });

  it('lists every section and question in the template order and wording, without guidance', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(vm.sections.map((s) => s.heading)).toEqual([
      'Section 1: Project / Policy overview',
      'Section 2: Evidence and Engagement',
      'Section 3: Analysis by equality group',
      'Section 4: Welsh Language Scheme',
      'Section 5: Summary of Analysis',
      'Section 6: Action plan',
    ]);
    const analysis = vm.sections[2]!.items.map((i) => [i.label, i.descriptor]);
    expect(analysis).toEqual([
      ['Age', 'includes children, young people and older people'],
      ['Disability', "includes physical and mental impairment. Remember 'invisible disabilities'"],
      [
        'Gender reassignment',
        'consider that individuals at different stages of transition may have different needs',
      ],
      ['Marriage and civil partnerships', 'includes same-sex unions'],
      [
        'Pregnancy and maternity',
        'includes people who are pregnant, expecting a baby, up to 26 weeks post-natal or are breastfeeding',
      ],
      ['Race', 'includes race, colour, and nationality, citizenship, ethnic or national origins'],
      ['Religion or belief', 'includes religious and philosophical beliefs, including lack of belief'],
      ['Sex', 'includes men and women'],
      ['Sexual orientation', 'includes heterosexual, lesbian, gay, bi-sexual, queer and other orientations'],
      ['Other identified groups', undefined],
      ['Four countries diversity', undefined],
    ]);
    expect(vm.sections[5]!.items.map((i) => i.heading ?? null)).toEqual([
      null,
      'Public sector equality duty',
      null,
      null,
    ]);
    // Guidance for the person filling in is never printed (hints, question guidance)…
    expect(JSON.stringify(vm)).not.toContain('Name the sources you used');
    expect(JSON.stringify(vm)).not.toContain('Leave this blank until the assessment is agreed');
    expect(JSON.stringify(vm)).not.toContain('This form is intended for use in new or major projects');
  });

  it('prints the texts of the form that the template marks as printed, where the seed’s Appendix B has them', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(vm.sections.map((s) => s.intro)).toEqual([
      [],
      ['Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.'],
      [
        'The Equality and Human Rights Commission offers information on the protected characteristics. Describe any impact to groups or individuals with the protected characteristics listed below that might result from the proposed project or policy. Draw upon evidence where relevant.',
        'For all characteristics, consider discrimination, victimisation, harassment and equality of opportunity as well as issues highlighted in the guidance text.',
      ],
      [],
      [],
      [
        'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment. Include information about how you will monitor any impact on equality, diversity and inclusion.',
      ],
    ]);
    expect(item(vm, 'psedEliminate').headingText).toBe(
      'Below, explain how the action plan you have formed meets our public sector equality duty.',
    );
    expect(item(vm, 'psedAdvance').headingText).toBeUndefined();
  });

  it('keeps every answer word for word', () => {
    const assessment = buildExampleAssessment();
    const vm = buildPdfViewModel(assessment, currentTemplate, options);
    expect(item(vm, 'whoAffected').answer).toEqual({
      kind: 'text',
      blocks: (assessment.answers.whoAffected as string)
        .split('\n\n')
        .map((text) => ({ kind: 'paragraph', text })),
    });
    expect(item(vm, 'otherGroups').answer).toEqual({
      kind: 'text',
      blocks: [{ kind: 'paragraph', text: 'n/a' }],
    });
  });

  it('shows an empty answer as "Not answered", as the app says, and a blank agreed date as "Not yet agreed"', () => {
    const vm = buildPdfViewModel(
      buildAssessment({ answers: { age: '   \n  ', disability: 'Some text' } }),
      currentTemplate,
      options,
    );
    expect(item(vm, 'age').answer).toEqual({ kind: 'missing', text: 'Not answered' });
    expect(item(vm, 'projectTitle').answer).toEqual({ kind: 'missing', text: 'Not answered' });
    expect(item(vm, 'dateAgreed').answer).toEqual({ kind: 'missing', text: 'Not yet agreed' });
    expect(vm.cover.title).toBe('Untitled assessment');
  });

  it('writes a real agreed date in words, and a date that is not real as typed and said to be not real', () => {
    const real = buildAssessment({ answers: { dateAgreed: { day: '11', month: '9', year: '2019' } } });
    expect(item(buildPdfViewModel(real, currentTemplate, options), 'dateAgreed').answer).toEqual({
      kind: 'text',
      blocks: [{ kind: 'paragraph', text: '11 September 2019' }],
    });
    const odd = buildAssessment({ answers: { dateAgreed: { day: '31', month: '2', year: '2019' } } });
    expect(item(buildPdfViewModel(odd, currentTemplate, options), 'dateAgreed').answer).toEqual({
      kind: 'text',
      blocks: [{ kind: 'paragraph', text: '31/2/2019 (not a real date)' }],
    });
  });

  it('puts the form footnote beside the Welsh language question', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(item(vm, 'welshLanguage').note).toContain('welsh-language-scheme.pdf');
    expect(item(vm, 'age').note).toBeUndefined();
  });

  it('marks every assessment that is not agreed as a draft and says its status in the footer', () => {
    const draft = buildPdfViewModel(buildAssessment(), currentTemplate, options);
    expect(draft.isDraft).toBe(true);
    expect(draft.footer).toEqual({ status: 'Status: Draft', exported: 'Exported 5 January 2026' });
    const agreed = buildPdfViewModel(
      buildAssessment({ status: 'agreed', revision: 2 }),
      currentTemplate,
      options,
    );
    expect(agreed.isDraft).toBe(false);
    expect(agreed.footer.status).toBe('Status: Agreed, revision 2');
    expect(buildPdfViewModel(buildAssessment({ status: 'returned' }), currentTemplate, options).isDraft).toBe(
      true,
    );
  });

  it('fills the document metadata from the assessment and the app version', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(vm.metadata).toEqual({
      title: 'Appendix B: Social media guidance updates 2019',
      author: 'Katherine Timms',
      subject: 'Equality, Diversity and Inclusion Impact Assessment',
      keywords:
        'Equality impact assessment, EIA, Public sector equality duty, Equality Act 2010, Health and Care Professions Council, Education and Training Committee',
      language: 'en-GB',
      creator: 'EIA Builder 1.2.3',
      producer: 'EIA Builder 1.2.3',
      createdAt: options.exportedAt.toISOString(),
    });
  });

  it('adds "About this form" only when asked', () => {
    const without = buildPdfViewModel(buildAssessment(), currentTemplate, options);
    expect(without.about).toBeNull();
    const base = buildAssessment();
    const withAbout = buildPdfViewModel(
      { ...base, publication: { ...base.publication, includeAboutThisForm: true } },
      currentTemplate,
      options,
    );
    expect(withAbout.about?.heading).toBe('About this form');
    expect(withAbout.about?.blocks.map((b) => b.heading)).toEqual([
      'The Public Sector Equality Duty',
      'How to complete this form',
    ]);
    expect(withAbout.about?.blocks[0]?.blocks[1]).toEqual({
      kind: 'bullets',
      items: currentTemplate.about.blocks[0]!.bullets,
    });
  });

  it('names the file from the appendix label, the title and the meeting date', () => {
    const vm = buildPdfViewModel(buildExampleAssessment(), currentTemplate, options);
    expect(vm.fileName).toBe('appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf');
  });

  it('names the file with the export date when there is no meeting date it can read', () => {
    const vm = buildPdfViewModel(buildAssessment(), currentTemplate, options);
    expect(vm.fileName).toBe('appendix-b-untitled-assessment-eia-2026-01-05.pdf');
  });
});

describe('parseAnswerBlocks', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(parseAnswerBlocks('First line\nsecond line\n\n\n  \nNext paragraph')).toEqual([
      { kind: 'paragraph', text: 'First line\nsecond line' },
      { kind: 'paragraph', text: 'Next paragraph' },
    ]);
  });

  it('treats Windows line endings like any other', () => {
    expect(parseAnswerBlocks('One\r\n\r\nTwo\r\nthree')).toEqual([
      { kind: 'paragraph', text: 'One' },
      { kind: 'paragraph', text: 'Two\nthree' },
    ]);
  });

  it('turns lines starting with -, * or • into bullets, keeping the text around them', () => {
    expect(
      parseAnswerBlocks('We will:\n- publish it\n* consult\n•\tmonitor\n  for a year\nThen review.'),
    ).toEqual([
      { kind: 'paragraph', text: 'We will:' },
      { kind: 'bullets', items: ['publish it', 'consult', 'monitor\nfor a year'] },
      { kind: 'paragraph', text: 'Then review.' },
    ]);
  });

  it('does not mistake a minus sign, a dash or an emphasis for a bullet', () => {
    expect(parseAnswerBlocks('-5 degrees\n– an en dash\n*important*')).toEqual([
      { kind: 'paragraph', text: '-5 degrees\n– an en dash\n*important*' },
    ]);
  });

  it('keeps every other character as typed', () => {
    const text = 'Ŵyn a ŷd — “curly” ‘quotes’ £5 €6 naïve Zoë Ångström ß ø ñ';
    expect(parseAnswerBlocks(text)).toEqual([{ kind: 'paragraph', text }]);
  });
});

describe('unsupportedCharactersMessage', () => {
  it('names the characters the PDF could not print and says the data keeps them', () => {
    expect(unsupportedCharactersMessage(['中'])).toBe(
      'The PDF shows � in place of a character it cannot print (中). Everything else is as typed, and the assessment attached inside the PDF keeps every character.',
    );
    expect(unsupportedCharactersMessage(['中', '文'])).toContain(
      'in place of 2 characters it cannot print (中 文)',
    );
  });
});
