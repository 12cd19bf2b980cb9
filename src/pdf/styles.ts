import { StyleSheet } from '@react-pdf/renderer';

/** The appendix's look: A4, generous margins, a clear hierarchy, the answer as plain body text. */
export const colours = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  rule: '#b1b4b6',
  lightRule: '#d8dadb',
  accent: '#1d70b8',
  missing: '#f47738',
  watermark: '#c8cacb',
};

const PAGE_MARGIN_X = 62;
const BODY_SIZE = 10.5;
/**
 * Body text: size and leading together. react-pdf resolves a unitless lineHeight against the fontSize of
 * the same style (18 when absent), and a lineHeight on the Page hides the fixed footer.
 */
const body = { fontSize: BODY_SIZE, lineHeight: 1.45 };

export const styles = StyleSheet.create({
  /** The fontFamily (a fallback stack of font ranges) is set per document: see fonts.ts. */
  page: {
    fontSize: BODY_SIZE,
    color: colours.text,
    paddingTop: 70,
    paddingBottom: 70,
    paddingHorizontal: PAGE_MARGIN_X,
  },
  /** The DRAFT drawing: across the middle of the page, behind the text. */
  watermark: {
    position: 'absolute',
    top: 200,
    left: 60,
    width: 475,
    height: 440,
    opacity: 0.35,
  },
  /**
   * The running header, one absolutely placed Text (no wrapping View: the furniture is laid out again on
   * every page). At most two lines (a 250-character title is cut with "…"): it never reaches the body.
   */
  header: {
    position: 'absolute',
    top: 30,
    left: PAGE_MARGIN_X,
    right: PAGE_MARGIN_X,
    maxLines: 2,
    textOverflow: 'ellipsis',
    fontSize: 8.5,
    color: colours.secondary,
    paddingBottom: 4,
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
  },
  /**
   * The footer's status, across the page with the rule above it; the page number sits at its right, on
   * the same line. react-pdf draws a Text's lines below its padding but not its border: half a point
   * lower and more padding set the words on the page number's line and the rule where it always was.
   */
  footerStatus: {
    position: 'absolute',
    bottom: 29.5,
    left: PAGE_MARGIN_X,
    right: PAGE_MARGIN_X,
    fontSize: 8.5,
    color: colours.secondary,
    paddingTop: 4.5,
    borderTopWidth: 0.5,
    borderTopColor: colours.rule,
  },
  footerPage: {
    position: 'absolute',
    bottom: 30,
    right: PAGE_MARGIN_X,
    fontSize: 8.5,
    color: colours.secondary,
    paddingTop: 4.5,
    textAlign: 'right',
  },
  coverLabel: { fontSize: 12, fontWeight: 700, color: colours.accent, marginBottom: 6 },
  coverTitle: { fontSize: 24, fontWeight: 700, lineHeight: 1.2, marginBottom: 8 },
  coverFormTitle: { fontSize: 14, color: colours.secondary, lineHeight: 1.3, marginBottom: 18 },
  coverDetails: { borderTopWidth: 0.5, borderTopColor: colours.rule, marginBottom: 8 },
  coverRow: {
    flexDirection: 'row',
    paddingVertical: 5,
    borderBottomWidth: 0.5,
    borderBottomColor: colours.rule,
  },
  coverKey: { width: 110, fontWeight: 700, ...body },
  coverValue: { flex: 1, ...body },
  sectionHeading: {
    fontSize: 15,
    fontWeight: 700,
    lineHeight: 1.25,
    marginTop: 22,
    marginBottom: 10,
    paddingBottom: 5,
    borderBottomWidth: 1.5,
    borderBottomColor: colours.text,
  },
  subHeading: { fontSize: 12.5, fontWeight: 700, marginTop: 10, marginBottom: 6 },
  label: { fontSize: 11, fontWeight: 700, lineHeight: 1.35, marginTop: 8, marginBottom: 4 },
  descriptor: { fontWeight: 400, color: colours.secondary },
  /**
   * A question inside an answer ("Why do you think this?", a yes / no answer's follow-up): a label, smaller
   * than the question's, on the answer's rule, so it reads as part of this answer and not as typed text.
   */
  subLabel: {
    fontSize: 9.5,
    fontWeight: 700,
    lineHeight: 1.35,
    borderLeftWidth: 2,
    borderLeftColor: colours.lightRule,
    paddingLeft: 10,
    paddingTop: 2,
    paddingBottom: 2,
  },
  /** The name of a value on the value's line: "Impact:" in "Impact: Negative, Neutral". */
  subLabelInline: { fontWeight: 700 },
  answer: {
    ...body,
    borderLeftWidth: 2,
    borderLeftColor: colours.lightRule,
    paddingLeft: 10,
    paddingBottom: 6,
  },
  missing: {
    ...body,
    borderLeftWidth: 2,
    borderLeftColor: colours.missing,
    paddingLeft: 10,
    paddingBottom: 6,
    fontStyle: 'italic',
    color: colours.secondary,
  },
  bulletRow: { flexDirection: 'row' },
  bulletMark: { width: 12 },
  bulletText: { flex: 1 },
  note: { fontSize: 8.5, color: colours.secondary, paddingLeft: 12, marginBottom: 4 },
  notice: {
    fontSize: 8,
    color: colours.secondary,
    marginTop: 24,
    paddingTop: 6,
    borderTopWidth: 0.5,
    borderTopColor: colours.rule,
  },
  aboutParagraph: { ...body, marginBottom: 6 },
  /** A text of the form itself that the template prints ("Lack of data should not prevent…"). */
  formText: { ...body, marginBottom: 6, color: colours.secondary },
  /** A table has its own rules: no answer rule beside it (at a page break it ran on to the foot of the page). */
  table: { paddingRight: 0, borderLeftWidth: 0 },
  tableCaption: { fontWeight: 700, marginBottom: 4 },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colours.rule },
  tableHeadRow: { borderBottomWidth: 1, borderBottomColor: colours.text },
  tableCell: { flex: 1, paddingVertical: 3, paddingRight: 6 },
  tableHeadCell: { fontWeight: 700 },
});
