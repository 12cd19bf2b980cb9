import { bi } from '../plain/local-text.ts';
import { type LocalText } from '../local-text.ts';
import type { TemplateDefinition } from '../template-definition.ts';

/**
 * The HCPC "Equality, Diversity and Inclusion Impact Assessment (EIA)" form, last revised by the HCPC
 * Policy and Standards department in October 2018. Wording is taken from the form as used in
 * Appendix B of the ETC paper "Social media guidance updates" (11 September 2019) and from the form's
 * own guidance, "Appendix 2: About this form".
 *
 * Do not edit labels or answer keys of a published template version in place: add a new version.
 *
 * Every text has a Welsh version (`bi(english, welsh)`). The Welsh is a machine-made, unchecked
 * translation, so each is marked `cyNeedsReview` for the EDI manager to check and fix in the designer.
 * Adding or correcting a Welsh text does not change the version: the published (English) wording and
 * the answer keys stay as they are (templateConflict compares the English only).
 */

const NO_IMPACT_STILL_DOCUMENTED =
  'If you consider that there will be no impact to groups or individuals with this protected characteristic, this should still be documented, with the reasons.';
const NO_IMPACT_STILL_DOCUMENTED_CY =
  'Os ydych o’r farn na fydd unrhyw effaith ar grwpiau neu unigolion sydd â’r nodwedd warchodedig hon, dylid cofnodi hynny o hyd, gyda’r rhesymau.';
const CONSIDER_ALL =
  'For all characteristics, consider discrimination, victimisation, harassment and equality of opportunity as well as issues highlighted in the guidance text.';
const CONSIDER_ALL_CY =
  'Ar gyfer pob nodwedd, ystyriwch wahaniaethu, erledigaeth, aflonyddu a chyfle cyfartal, yn ogystal â’r materion a amlygir yn y testun canllaw.';
const POSITIVE_NEGATIVE_INDIRECT =
  'You should consider and document positive and negative impacts which might result from the proposed project or policy. Impacts might be indirect.';
const POSITIVE_NEGATIVE_INDIRECT_CY =
  'Dylech ystyried a chofnodi effeithiau cadarnhaol a negyddol a allai ddeillio o’r prosiect neu’r polisi arfaethedig. Gallai effeithiau fod yn anuniongyrchol.';

function equalityGroupGuidance(extra?: LocalText): LocalText[] {
  return [
    bi(POSITIVE_NEGATIVE_INDIRECT, POSITIVE_NEGATIVE_INDIRECT_CY),
    bi(CONSIDER_ALL, CONSIDER_ALL_CY),
    bi(NO_IMPACT_STILL_DOCUMENTED, NO_IMPACT_STILL_DOCUMENTED_CY),
    ...(extra ? [extra] : []),
  ];
}

const LONG = 50000;

export const hcpcEia201810: TemplateDefinition = {
  schemaVersion: 2,
  id: 'hcpc-eia',
  version: '2018-10',
  languages: ['en', 'cy'],
  title: bi(
    'Equality, Diversity and Inclusion Impact Assessment (EIA)',
    'Asesiad Effaith Cydraddoldeb, Amrywiaeth a Chynhwysiant (AEC)',
  ),
  shortTitle: bi(
    'Equality, Diversity and Inclusion Impact Assessment',
    'Asesiad Effaith Cydraddoldeb, Amrywiaeth a Chynhwysiant',
  ),
  introGuidance: [
    bi(
      'For background information on how to complete this form, read About this form (Appendix 2).',
      'I gael gwybodaeth gefndir am sut i lenwi’r ffurflen hon, darllenwch Ynglŷn â’r ffurflen hon (Atodiad 2).',
    ),
    bi(
      'Guidance text is suggested (not required) content. It is shown beside each question to help you and is never part of your answers or the exported document.',
      'Cynnwys a awgrymir (nid yw’n ofynnol) yw’r testun canllaw. Fe’i dangosir wrth ymyl pob cwestiwn i’ch helpu, ac nid yw byth yn rhan o’ch atebion na’r ddogfen a allforir.',
    ),
  ],
  sections: [
    {
      id: 'overview',
      number: 1,
      title: bi('Project / Policy overview', 'Trosolwg o’r prosiect / polisi'),
      guidance: [],
      questions: [
        {
          id: 'projectTitle',
          role: 'title',
          kind: 'text',
          requiredMessage: bi('Enter the project or policy title', 'Rhowch deitl y prosiect neu’r polisi'),
          label: bi('Project / policy title', 'Teitl y prosiect / polisi'),
          required: true,
          maxLength: 250,
        },
        {
          id: 'assessorName',
          role: 'assessor',
          kind: 'text',
          requiredMessage: bi('Enter the name of the impact assessor', 'Rhowch enw’r aseswr effaith'),
          label: bi('Name of impact assessor', 'Enw’r aseswr effaith'),
          required: true,
          maxLength: 200,
        },
        {
          id: 'dateAgreed',
          role: 'date-agreed',
          kind: 'date',
          label: bi('Date EIA agreed', 'Dyddiad cytuno ar yr AEC'),
          hint: bi(
            'For example, 11 9 2019. Leave this blank until the assessment is agreed.',
            'Er enghraifft, 11 9 2019. Gadewch hwn yn wag nes bod yr asesiad wedi’i gytuno.',
          ),
          required: false,
        },
        {
          id: 'intendedOutcomes',
          role: 'intended-outcomes',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter the intended outcomes of this work',
            'Rhowch ganlyniadau bwriadedig y gwaith hwn',
          ),
          label: bi(
            'What are the intended outcomes of this work?',
            'Beth yw canlyniadau bwriadedig y gwaith hwn?',
          ),
          guidance: [
            bi(
              'Describe what the project or policy is for and what it should achieve.',
              'Disgrifiwch beth yw diben y prosiect neu’r polisi a beth y dylai ei gyflawni.',
            ),
            bi(
              'This form is intended for use in new or major projects or policies.',
              'Bwriedir y ffurflen hon ar gyfer prosiectau neu bolisïau newydd neu fawr.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'whoAffected',
          role: 'who-affected',
          kind: 'textarea',
          requiredMessage: bi('Enter who will be affected', 'Nodwch pwy fydd yn cael eu heffeithio'),
          label: bi('Who will be affected?', 'Pwy fydd yn cael eu heffeithio?'),
          guidance: [
            bi(
              'Think about everyone the work may reach: for example registrants, service users and the public, employers, education providers and employees.',
              'Meddyliwch am bawb y gallai’r gwaith eu cyrraedd: er enghraifft cofrestreion, defnyddwyr gwasanaethau a’r cyhoedd, cyflogwyr, darparwyr addysg a chyflogeion.',
            ),
            bi('Impacts might be indirect.', 'Gallai effeithiau fod yn anuniongyrchol.'),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'evidence',
      number: 2,
      title: bi('Evidence and Engagement', 'Tystiolaeth ac Ymgysylltu'),
      guidance: [
        {
          text: bi(
            'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
            'Ni ddylai diffyg data atal AEC trylwyr. Byddwch yn rhagweithiol wrth geisio’r wybodaeth sydd ei hangen arnoch.',
          ),
          printed: true,
        },
      ],
      questions: [
        {
          id: 'evidenceConsidered',
          role: 'evidence',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter the evidence you have considered, or say why there is none',
            'Nodwch y dystiolaeth rydych wedi’i hystyried, neu eglurwch pam nad oes dim',
          ),
          label: bi(
            'What evidence have you considered towards this impact assessment?',
            'Pa dystiolaeth rydych chi wedi’i hystyried ar gyfer yr asesiad effaith hwn?',
          ),
          guidance: [
            bi(
              'Lack of data should not prevent a thorough EIA. Be proactive in seeking the information you need.',
              'Ni ddylai diffyg data atal AEC trylwyr. Byddwch yn rhagweithiol wrth geisio’r wybodaeth sydd ei hangen arnoch.',
            ),
            bi(
              'Name the sources you used (for example surveys, consultation responses, research, data about the people affected). If there is no evidence, say why and how you will close the gap.',
              'Enwch y ffynonellau a ddefnyddiwyd gennych (er enghraifft arolygon, ymatebion i ymgynghoriadau, ymchwil, data am y bobl yr effeithir arnynt). Os nad oes tystiolaeth, eglurwch pam a sut y byddwch yn cau’r bwlch.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'stakeholdersEngaged',
          role: 'engagement',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter whether you have engaged stakeholders, and how',
            'Nodwch a ydych wedi ymgysylltu â rhanddeiliaid, a sut',
          ),
          label: bi(
            'Have you engaged stakeholders in gathering or analysing this evidence?',
            'Ydych chi wedi ymgysylltu â rhanddeiliaid wrth gasglu neu ddadansoddi’r dystiolaeth hon?',
          ),
          guidance: [
            bi(
              'We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.',
              'Rydym yn eich annog i ymgynghori â chydweithwyr, rhanddeiliaid a, lle bo modd, pobl â nodweddion gwarchodedig drwy gydol y broses hon.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'analysis',
      number: 3,
      title: bi('Analysis by equality group', 'Dadansoddiad fesul grŵp cydraddoldeb'),
      guidance: [
        {
          text: bi(
            'The Equality and Human Rights Commission offers information on the protected characteristics. Describe any impact to groups or individuals with the protected characteristics listed below that might result from the proposed project or policy. Draw upon evidence where relevant.',
            'Mae’r Comisiwn Cydraddoldeb a Hawliau Dynol yn cynnig gwybodaeth am y nodweddion gwarchodedig. Disgrifiwch unrhyw effaith ar grwpiau neu unigolion â’r nodweddion gwarchodedig a restrir isod a allai ddeillio o’r prosiect neu’r polisi arfaethedig. Defnyddiwch dystiolaeth lle bo’n berthnasol.',
          ),
          printed: true,
        },
        { text: bi(CONSIDER_ALL, CONSIDER_ALL_CY), printed: true },
      ],
      questions: [
        {
          id: 'age',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on age, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran oedran, neu eglurwch pam nad oes dim',
          ),
          label: bi('Age', 'Oedran'),
          descriptor: bi(
            'includes children, young people and older people',
            'yn cynnwys plant, pobl ifanc a phobl hŷn',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'disability',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on disability, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran anabledd, neu eglurwch pam nad oes dim',
          ),
          label: bi('Disability', 'Anabledd'),
          descriptor: bi(
            "includes physical and mental impairment. Remember 'invisible disabilities'",
            'yn cynnwys nam corfforol a meddyliol. Cofiwch am ‘anableddau anweledig’',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'genderReassignment',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on gender reassignment, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran ailbennu rhywedd, neu eglurwch pam nad oes dim',
          ),
          label: bi('Gender reassignment', 'Ailbennu rhywedd'),
          descriptor: bi(
            'consider that individuals at different stages of transition may have different needs',
            'ystyriwch y gall fod gan unigolion ar wahanol gamau o’u trawsnewid anghenion gwahanol',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'marriageCivilPartnership',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on marriage and civil partnerships, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran priodas a phartneriaeth sifil, neu eglurwch pam nad oes dim',
          ),
          label: bi('Marriage and civil partnerships', 'Priodas a phartneriaeth sifil'),
          descriptor: bi('includes same-sex unions', 'yn cynnwys undebau rhwng pobl o’r un rhyw'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'pregnancyMaternity',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on pregnancy and maternity, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran beichiogrwydd a mamolaeth, neu eglurwch pam nad oes dim',
          ),
          label: bi('Pregnancy and maternity', 'Beichiogrwydd a mamolaeth'),
          descriptor: bi(
            'includes people who are pregnant, expecting a baby, up to 26 weeks post-natal or are breastfeeding',
            'yn cynnwys pobl sy’n feichiog, yn disgwyl babi, hyd at 26 wythnos ar ôl geni neu’n bwydo ar y fron',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'race',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on race, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran hil, neu eglurwch pam nad oes dim',
          ),
          label: bi('Race', 'Hil'),
          descriptor: bi(
            'includes race, colour, and nationality, citizenship, ethnic or national origins',
            'yn cynnwys hil, lliw, a chenedligrwydd, dinasyddiaeth, tarddiad ethnig neu genedlaethol',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'religionBelief',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on religion or belief, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran crefydd neu gred, neu eglurwch pam nad oes dim',
          ),
          label: bi('Religion or belief', 'Crefydd neu gred'),
          descriptor: bi(
            'includes religious and philosophical beliefs, including lack of belief',
            'yn cynnwys credoau crefyddol ac athronyddol, gan gynnwys diffyg cred',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'sex',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on sex, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran rhyw, neu eglurwch pam nad oes dim',
          ),
          label: bi('Sex', 'Rhyw'),
          descriptor: bi('includes men and women', 'yn cynnwys dynion a menywod'),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'sexualOrientation',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on sexual orientation, or say why there is none',
            'Disgrifiwch unrhyw effaith o ran cyfeiriadedd rhywiol, neu eglurwch pam nad oes dim',
          ),
          label: bi('Sexual orientation', 'Cyfeiriadedd rhywiol'),
          descriptor: bi(
            'includes heterosexual, lesbian, gay, bi-sexual, queer and other orientations',
            'yn cynnwys pobl heterorywiol, lesbiaidd, hoyw, deurywiol, cwiar a chyfeiriadeddau eraill',
          ),
          guidance: equalityGroupGuidance(),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'otherGroups',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact on other identified groups, or say why there is none',
            'Disgrifiwch unrhyw effaith ar grwpiau eraill a nodwyd, neu eglurwch pam nad oes dim',
          ),
          label: bi('Other identified groups', 'Grwpiau eraill a nodwyd'),
          guidance: equalityGroupGuidance(
            bi(
              'Consider groups not covered by the protected characteristics who may be affected, for example carers or people on low incomes. If there are none, say so and why.',
              'Ystyriwch grwpiau nad yw’r nodweddion gwarchodedig yn eu cynnwys ac a allai gael eu heffeithio, er enghraifft gofalwyr neu bobl ar incwm isel. Os nad oes rhai, dywedwch hynny a pham.',
            ),
          ),
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
        {
          id: 'fourCountries',
          kind: 'textarea',
          requiredMessage: bi(
            'Describe any impact across the four countries, or say why there is none',
            'Disgrifiwch unrhyw effaith ar draws y pedair gwlad, neu eglurwch pam nad oes dim',
          ),
          label: bi('Four countries diversity', 'Amrywiaeth y pedair gwlad'),
          guidance: [
            bi(
              'Consider whether the project or policy affects people differently in England, Northern Ireland, Scotland and Wales.',
              'Ystyriwch a yw’r prosiect neu’r polisi yn effeithio ar bobl yn wahanol yn Lloegr, Gogledd Iwerddon, yr Alban a Chymru.',
            ),
            bi(NO_IMPACT_STILL_DOCUMENTED, NO_IMPACT_STILL_DOCUMENTED_CY),
          ],
          required: true,
          maxLength: LONG,
          role: 'equality-group',
        },
      ],
    },
    {
      id: 'welsh-language',
      number: 4,
      title: bi('Welsh Language Scheme', 'Cynllun Iaith Gymraeg'),
      guidance: [],
      questions: [
        {
          id: 'welshLanguage',
          role: 'welsh-language',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter how this project or policy engages the Welsh Language Scheme',
            'Nodwch sut mae’r prosiect neu’r polisi hwn yn ymwneud â’r Cynllun Iaith Gymraeg',
          ),
          label: bi(
            'How might this project / policy engage our commitments under the Welsh Language Scheme?',
            'Sut gallai’r prosiect / polisi hwn ymwneud â’n hymrwymiadau o dan y Cynllun Iaith Gymraeg?',
          ),
          guidance: [
            bi(
              'The Welsh Language Scheme (WLS) is published at https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
              'Mae’r Cynllun Iaith Gymraeg (CIG) wedi’i gyhoeddi yn https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
            ),
            bi(
              'Say whether materials will be published in Welsh, or why not, with reference to the relevant paragraph of the Scheme.',
              'Nodwch a fydd deunyddiau’n cael eu cyhoeddi yn Gymraeg, neu pam na fyddant, gan gyfeirio at baragraff perthnasol y Cynllun.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'summary',
      number: 5,
      title: bi('Summary of Analysis', 'Crynodeb o’r Dadansoddiad'),
      guidance: [],
      questions: [
        {
          id: 'overallImpact',
          role: 'overall-impact',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter the overall impact of this work',
            'Nodwch effaith gyffredinol y gwaith hwn',
          ),
          label: bi('What is the overall impact of this work?', 'Beth yw effaith gyffredinol y gwaith hwn?'),
          guidance: [
            bi(
              'Summarise the positive and negative impacts you have identified, and the evidence they rest on.',
              'Crynhowch yr effeithiau cadarnhaol a negyddol rydych wedi’u nodi, a’r dystiolaeth y maent yn seiliedig arni.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'action-plan',
      number: 6,
      title: bi('Action plan', 'Cynllun gweithredu'),
      guidance: [
        {
          text: bi(
            'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment. Include information about how you will monitor any impact on equality, diversity and inclusion.',
            'Crynhowch y camau allweddol sydd eu hangen i wella cynllun y prosiect neu’r polisi yn seiliedig ar unrhyw fylchau, heriau a chyfleoedd rydych wedi’u nodi drwy’r asesiad hwn. Cynhwyswch wybodaeth am sut y byddwch yn monitro unrhyw effaith ar gydraddoldeb, amrywiaeth a chynhwysiant.',
          ),
          printed: true,
        },
      ],
      questions: [
        {
          id: 'actionPlanSummary',
          role: 'action-plan',
          kind: 'textarea',
          requiredMessage: bi('Enter a summary of the action plan', 'Rhowch grynodeb o’r cynllun gweithredu'),
          label: bi('Summary of action plan', 'Crynodeb o’r cynllun gweithredu'),
          guidance: [
            bi(
              'Summarise the key actions required to improve the project or policy plan based on any gaps, challenges and opportunities you have identified through this assessment.',
              'Crynhowch y camau allweddol sydd eu hangen i wella cynllun y prosiect neu’r polisi yn seiliedig ar unrhyw fylchau, heriau a chyfleoedd rydych wedi’u nodi drwy’r asesiad hwn.',
            ),
            bi(
              'Include information about how you will monitor any impact on equality, diversity and inclusion.',
              'Cynhwyswch wybodaeth am sut y byddwch yn monitro unrhyw effaith ar gydraddoldeb, amrywiaeth a chynhwysiant.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedEliminate',
          role: 'psed-eliminate',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter how the project or policy will eliminate discrimination, harassment and victimisation',
            'Nodwch sut bydd y prosiect neu’r polisi yn dileu gwahaniaethu, aflonyddu ac erledigaeth',
          ),
          heading: bi('Public sector equality duty', 'Dyletswydd Cydraddoldeb y Sector Cyhoeddus'),
          headingGuidance: {
            text: bi(
              'Below, explain how the action plan you have formed meets our public sector equality duty.',
              'Isod, eglurwch sut mae’r cynllun gweithredu rydych wedi’i lunio yn bodloni ein Dyletswydd Cydraddoldeb y Sector Cyhoeddus.',
            ),
            printed: true,
          },
          label: bi(
            'How will the project / policy eliminate discrimination, harassment and victimisation?',
            'Sut bydd y prosiect / polisi yn dileu gwahaniaethu, aflonyddu ac erledigaeth?',
          ),
          guidance: [
            bi(
              'The duty is to have due regard to the need to eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Equality Act 2010.',
              'Y ddyletswydd yw rhoi sylw dyledus i’r angen i ddileu gwahaniaethu anghyfreithlon, aflonyddu ac erledigaeth ac ymddygiad arall a waherddir gan Ddeddf Cydraddoldeb 2010.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedAdvance',
          role: 'psed-advance',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter how the project or policy will advance equality of opportunity',
            'Nodwch sut bydd y prosiect neu’r polisi yn hyrwyddo cyfle cyfartal',
          ),
          label: bi(
            'How will the project / policy advance equality of opportunity?',
            'Sut bydd y prosiect / polisi yn hyrwyddo cyfle cyfartal?',
          ),
          guidance: [
            bi(
              'The duty is to have due regard to the need to advance equality of opportunity between people who share a protected characteristic and those who do not.',
              'Y ddyletswydd yw rhoi sylw dyledus i’r angen i hyrwyddo cyfle cyfartal rhwng pobl sy’n rhannu nodwedd warchodedig a’r rhai nad ydynt yn ei rhannu.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
        {
          id: 'psedGoodRelations',
          role: 'psed-good-relations',
          kind: 'textarea',
          requiredMessage: bi(
            'Enter how the project or policy will promote good relations between groups',
            'Nodwch sut bydd y prosiect neu’r polisi yn meithrin cysylltiadau da rhwng grwpiau',
          ),
          label: bi(
            'How will the project / policy promote good relations between groups?',
            'Sut bydd y prosiect / polisi yn meithrin cysylltiadau da rhwng grwpiau?',
          ),
          guidance: [
            bi(
              'The duty is to have due regard to the need to foster good relations between people who share a protected characteristic and those who do not.',
              'Y ddyletswydd yw rhoi sylw dyledus i’r angen i feithrin cysylltiadau da rhwng pobl sy’n rhannu nodwedd warchodedig a’r rhai nad ydynt yn ei rhannu.',
            ),
          ],
          required: true,
          maxLength: LONG,
        },
      ],
    },
  ],
  about: {
    title: bi('About this form', 'Ynglŷn â’r ffurflen hon'),
    blocks: [
      {
        heading: bi('The Public Sector Equality Duty', 'Dyletswydd Cydraddoldeb y Sector Cyhoeddus'),
        paragraphs: [
          bi(
            'The public sector equality duty (PSED) set out in the Equality Act 2010 requires that the HCPC must, in the exercise of its public functions, have due regard to the need to:',
            'Mae Dyletswydd Cydraddoldeb y Sector Cyhoeddus (DCSC) a nodir yn Neddf Cydraddoldeb 2010 yn ei gwneud yn ofynnol i’r HCPC, wrth arfer ei swyddogaethau cyhoeddus, roi sylw dyledus i’r angen i:',
          ),
        ],
        bullets: [
          bi(
            'Eliminate unlawful discrimination, harassment and victimisation and other conduct prohibited by the Act;',
            'Dileu gwahaniaethu anghyfreithlon, aflonyddu ac erledigaeth ac ymddygiad arall a waherddir gan y Ddeddf;',
          ),
          bi(
            'Advance equality of opportunity between people who share a protected characteristic and those who do not; and',
            'Hyrwyddo cyfle cyfartal rhwng pobl sy’n rhannu nodwedd warchodedig a’r rhai nad ydynt yn ei rhannu; a',
          ),
          bi(
            'Foster good relations between people who share a protected characteristic and those who do not.',
            'Meithrin cysylltiadau da rhwng pobl sy’n rhannu nodwedd warchodedig a’r rhai nad ydynt yn ei rhannu.',
          ),
        ],
        after: [
          bi(
            'The Act does not specify how public authorities should analyse the effect of their new and existing policies and practices on equality, but doing so is an important aspect of complying with the PSED. This form is designed to help HCPC staff meet our equality duties under the Act.',
            'Nid yw’r Ddeddf yn nodi sut y dylai awdurdodau cyhoeddus ddadansoddi effaith eu polisïau a’u harferion newydd a phresennol ar gydraddoldeb, ond mae gwneud hynny’n rhan bwysig o gydymffurfio â’r DCSC. Mae’r ffurflen hon wedi’i chynllunio i helpu staff yr HCPC i gyflawni ein dyletswyddau cydraddoldeb o dan y Ddeddf.',
          ),
          bi(
            "To review the HCPC's 12 Equality, Diversity and Inclusion (EDI) objectives and how we are working to achieve them, please refer to our EDI Policy and current EDI Action Plan. You can find these in the Publications section of our website.",
            'I adolygu 12 amcan Cydraddoldeb, Amrywiaeth a Chynhwysiant (CAC) yr HCPC a sut rydym yn gweithio i’w cyflawni, cyfeiriwch at ein Polisi CAC a’n Cynllun Gweithredu CAC presennol. Gallwch ddod o hyd i’r rhain yn adran Cyhoeddiadau ein gwefan.',
          ),
          bi(
            'Should you have any queries or suggestions about this form, please contact the Policy and Standards team on 0207 840 9815 or policy@hcpc-uk.org. Your EDI Manager is Katherine Timms.',
            'Os oes gennych unrhyw ymholiadau neu awgrymiadau am y ffurflen hon, cysylltwch â’r tîm Polisi a Safonau ar 0207 840 9815 neu policy@hcpc-uk.org. Eich Rheolwr CAC yw Katherine Timms.',
          ),
        ],
      },
      {
        heading: bi('How to complete this form', 'Sut i lenwi’r ffurflen hon'),
        paragraphs: [
          bi(
            'This form is intended for use in new or major projects or policies. It is structured to consider the 9 protected characteristics set out in the Equality Act 2010. It is therefore important that you complete every section of the form.',
            'Bwriedir y ffurflen hon ar gyfer prosiectau neu bolisïau newydd neu fawr. Mae wedi’i strwythuro i ystyried y 9 nodwedd warchodedig a nodir yn Neddf Cydraddoldeb 2010. Felly mae’n bwysig eich bod yn llenwi pob adran o’r ffurflen.',
          ),
          bi(
            "You should consider and document positive and negative impacts which might result from the proposed project or policy. Impacts might be indirect. If you consider that there will be no impact to groups or individuals with a particular protected characteristic, this should still be documented. The EDI impact assessment is not intended as a 'tick box' exercise. Instead, it offers a tool to help you embed equality, diversity and inclusion throughout your work planning and delivery. We encourage you to consult with colleagues, stakeholders and where possible, people with protected characteristics throughout this process.",
            'Dylech ystyried a chofnodi effeithiau cadarnhaol a negyddol a allai ddeillio o’r prosiect neu’r polisi arfaethedig. Gallai effeithiau fod yn anuniongyrchol. Os ydych o’r farn na fydd unrhyw effaith ar grwpiau neu unigolion sydd â nodwedd warchodedig benodol, dylid cofnodi hynny o hyd. Nid yw’r asesiad effaith CAC wedi’i fwriadu fel ymarfer ‘ticio blychau’. Yn hytrach, mae’n cynnig offeryn i’ch helpu i ymgorffori cydraddoldeb, amrywiaeth a chynhwysiant drwy gydol y gwaith o gynllunio a chyflawni eich gwaith. Rydym yn eich annog i ymgynghori â chydweithwyr, rhanddeiliaid a, lle bo modd, pobl â nodweddion gwarchodedig drwy gydol y broses hon.',
          ),
        ],
      },
    ],
  },
  notice: bi(
    'This document is adapted from a Department of Health publication and contains public sector information licensed under the Open Government Licence v3.0. Last revised by the HCPC Policy and Standards department in October 2018.',
    'Mae’r ddogfen hon wedi’i haddasu o gyhoeddiad gan yr Adran Iechyd ac mae’n cynnwys gwybodaeth sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0. Diwygiwyd ddiwethaf gan adran Polisi a Safonau’r HCPC ym mis Hydref 2018.',
  ),
  footnotes: [
    {
      questionId: 'welshLanguage',
      text: bi(
        'Welsh Language Scheme: https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
        'Cynllun Iaith Gymraeg: https://www.hcpc-uk.org/globalassets/about-us/governance/welsh-language-scheme.pdf',
      ),
    },
  ],
};
