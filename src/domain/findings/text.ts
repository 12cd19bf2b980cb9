/**
 * Small text measures the review rules use. Pure and cheap: they run on every save (for the summary row).
 *
 * Comparison text is normalised first: lower case, apostrophes dropped ("don't" → "dont"), every other
 * run of punctuation or white space becomes one space. So "No impact." and "no  impact" are the same.
 */

const APOSTROPHES = /['’‘`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normaliseText(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();
}

export function words(text: string): string[] {
  const normal = normaliseText(text);
  return normal === '' ? [] : normal.split(' ');
}

export function wordCount(text: string): number {
  return words(text).length;
}

/**
 * Token-set Jaccard similarity: |A ∩ B| / |A ∪ B| over the distinct words of each text, after removing
 * `ignore` (for example the names of the groups, so that "No impact on age" and "No impact on race"
 * compare as the same sentence). 1 means the same words; 0 means none in common. Two texts with no
 * words left are not comparable and score 0.
 *
 * Why token sets: copied answers differ by a word or two ("for this group" / "for this area"), and a
 * set measure scores that as near 1 whatever the order, while an answer that adds a real reason grows
 * the union and drops well below the threshold (see tests/domain/findings/text.test.ts).
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function wordSet(text: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const word of words(text)) if (!ignore.has(word)) out.add(word);
  return out;
}

export function similarity(a: string, b: string, ignore?: ReadonlySet<string>): number {
  return jaccard(wordSet(a, ignore), wordSet(b, ignore));
}

/**
 * Named signals the rules look for in an answer. Rules name them (data), so a later template can reuse
 * them. Each is matched against the normalised text (lower case, punctuation as single spaces), padded
 * with a space each side so `\b`-free word matches work.
 */
export type SignalName =
  | 'placeholder'
  | 'points-elsewhere'
  | 'no-impact-claim'
  | 'negative-claim'
  | 'gives-reason'
  | 'names-source'
  | 'explains-no-evidence'
  | 'monitoring';

const SIGNALS: Record<SignalName, RegExp> = {
  /** An answer that is only a placeholder: "n/a", "none", "no impact", "TBC", "-". */
  placeholder:
    /^ ?(n a|na|none|nil|no|nothing|not applicable|not relevant|no impacts?|no impacts? (expected|identified|anticipated)|none (expected|identified)|tbc|tbd|to be confirmed|see above|as above|same as above|yes|x)? ?$/,
  /** Sends the reader to another answer instead of answering. */
  'points-elsewhere':
    / (see|as) (above|below|previous|earlier|section \d)| as per (above|section)| same as (above|for)/,
  /** Says the work has no effect on the people concerned. */
  'no-impact-claim':
    / (no|not(?! only | just )|dont|doesnt|wont|never|nor) (\w+ ){0,6}(impacts?|impacted|affects?|affected|effects?|differences?|issues?|concerns?|consequences?|relevant|applicable|apply|applies) | none | n a | unaffected /,
  /** Says the work will not do something (used for the public sector equality duty's aims). */
  'negative-claim':
    / (will|does|do|would|can|could|is|are) not (?!only |just )| (wont|doesnt|dont|wouldnt|cant|isnt|arent) | no (\w+ ){0,2}(impacts?|effects?|role|contribution|bearing) | none | n a /,
  /** Words that give a reason or point to the evidence for a conclusion. */
  'gives-reason':
    / (because|as|since|due to|given|owing to|therefore|thus|so|reason|evidence|data|survey|surveyed|found|finds|shows?|showed|indicates?|feedback|consulted|consultation|research|regardless|equally|whatever|irrespective|(applies|apply) to (all|every|everyone|everybody|each)|same for (all|every|everyone|everybody)|(in )?the same way|monitor|monitoring) /,
  /** Names a kind of evidence or a specific source: data, a survey, a report, a number, a link. */
  'names-source':
    / (survey|surveys|questionnaire|data|dataset|statistics|statistic|figures|census|ons|ehrc|report|reports|research|study|studies|literature|audit|evaluation|consultation|focus groups?|interviews?|complaints|register|registrant data|diversity data|monitoring data|benchmark|review of|published|paper|analysis of|evidence from|http|https|www|\d+ ?(per cent|percent)|\d{2,}) /,
  /** Says why there is no evidence (allowed instead of naming a source). */
  'explains-no-evidence':
    / no (\w+ ){0,3}(evidence|data|information|research) (is |was |has been |were )?(available|exists?|held|collected|found)? ?(because|as|since|so|due to|but we will|we will|and we will)| (lack|absence|gap) of (\w+ ){0,2}(evidence|data)/,
  /** Says how the impact will be monitored or reviewed. */
  monitoring:
    / (monitor|monitoring|monitored|review|reviewed|reviewing|evaluate|evaluation|revisit|measure|track|report back|check) /,
};

export function hasSignal(text: string, signal: SignalName): boolean {
  return hasSignalIn(paddedText(text), signal);
}

/** The normalised text padded with a space each side: what signals are matched against (normalise once). */
export function paddedText(text: string): string {
  return ` ${normaliseText(text)} `;
}

/** hasSignal for a text already passed through paddedText (several signals read one answer). */
export function hasSignalIn(padded: string, signal: SignalName): boolean {
  return SIGNALS[signal].test(padded);
}
