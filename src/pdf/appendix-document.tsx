import { Document, Page, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import { type ComponentProps, Fragment, type ReactNode } from 'react';
import { pageOf } from '@/domain/output-strings.ts';
import type { PdfSection, PdfViewModel } from '@/domain/pdf-view-model.ts';
import { DraftMark } from './draft-mark.tsx';
import { PageFurniture, type FurnitureTexts } from './page-furniture.tsx';
import { QuestionItem } from './question-item.tsx';
import { styles } from './styles.ts';
import { TextBlocks } from './text-blocks.tsx';

/**
 * The committee-ready appendix, laid out from the view-model alone. Each question is laid out by
 * QuestionItem (labels kept with their answers, headings with their first question, short answers
 * whole); long answers are direct children of the page, so they flow from page to page.
 */
export function AppendixDocument({ parts, fontFamily }: { parts: PdfViewModel[]; fontFamily: string[] }) {
  const { metadata } = parts[0]!;
  const pageStyle = [styles.page, { fontFamily }];
  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      keywords={metadata.keywords}
      language={metadata.language}
      creator={metadata.creator}
      producer={metadata.producer}
      creationDate={new Date(metadata.createdAt)}
      pageMode="useOutlines"
    >
      {parts.map((vm) => (
        <AppendixPart key={vm.language} vm={vm} pageStyle={pageStyle} />
      ))}
    </Document>
  );
}

/**
 * The whole appendix in one language: cover, sections, notice (and "About this form"). A bilingual
 * appendix is two parts, English then Welsh, each starting on a new page with its own cover: simpler
 * than side by side in react-pdf (no two flowing columns to keep in step across page breaks) and each
 * part reads on its own, in order, for a screen reader or a reader of one language.
 */
function AppendixPart({
  vm,
  pageStyle,
}: {
  vm: PdfViewModel;
  pageStyle: ComponentProps<typeof Page>['style'];
}) {
  const texts: FurnitureTexts = {
    header: vm.header,
    status: vm.footer.status,
    exported: vm.footer.exported,
    pageOf: (pageNumber, totalPages) => pageOf(vm.furniture.pageOf, pageNumber, totalPages),
  };
  // The running header and the footer are the pages' layout, drawn around the content of each page.
  const layout = (props: PageLayoutProps) => (
    <PageFurniture
      texts={texts}
      pageNumber={props.pageNumber}
      totalPages={props.totalPages}
      subPageNumber={props.subPageNumber}
    >
      {props.children}
    </PageFurniture>
  );
  const draftMark = vm.isDraft ? <DraftMark word={vm.furniture.draftMark} /> : null;
  // The answers to questions no longer asked, when there are any, are the last section.
  const sections = vm.noLongerAsked ? [...vm.sections, vm.noLongerAsked] : vm.sections;
  return (
    <>
      <Page size="A4" style={pageStyle} layout={layout}>
        {draftMark}
        <Cover vm={vm} />
        {sections.map((section, i) => (
          <SectionBody
            key={section.id}
            section={section}
            trailer={i === sections.length - 1 ? <Text style={styles.notice}>{vm.notice}</Text> : undefined}
          />
        ))}
      </Page>
      {vm.about ? (
        <Page size="A4" style={pageStyle} layout={layout}>
          {draftMark}
          <Text style={styles.sectionHeading} {...bookmark(vm.about.heading)}>
            {vm.about.heading}
          </Text>
          {vm.about.blocks.map((block) => (
            <Fragment key={block.heading}>
              <Text style={styles.subHeading} minPresenceAhead={40}>
                {block.heading}
              </Text>
              <TextBlocks blocks={block.blocks} style={styles.aboutParagraph} />
            </Fragment>
          ))}
        </Page>
      ) : null}
    </>
  );
}

function Cover({ vm }: { vm: PdfViewModel }) {
  const { cover } = vm;
  return (
    <View>
      {cover.appendixLabel ? <Text style={styles.coverLabel}>{cover.appendixLabel}</Text> : null}
      <Text style={styles.coverTitle}>{cover.title}</Text>
      <Text style={styles.coverFormTitle}>{cover.formTitle}</Text>
      {cover.details.length ? (
        <View style={styles.coverDetails}>
          {cover.details.map((d) => (
            <View key={d.label} style={styles.coverRow}>
              <Text style={styles.coverKey}>{d.label}</Text>
              <Text style={styles.coverValue}>{d.value}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

function SectionBody({ section, trailer }: { section: PdfSection; trailer?: ReactNode }) {
  const heading = (
    <Text style={styles.sectionHeading} {...bookmark(section.heading)}>
      {section.heading}
    </Text>
  );
  // The section's texts the template prints ("Lack of data should not prevent…") stay with its heading.
  const lead = (
    <>
      {heading}
      {section.intro.map((text, i) => (
        <Text key={i} style={styles.formText}>
          {text}
        </Text>
      ))}
    </>
  );
  return (
    <>
      {section.items.map((item, i) => (
        <QuestionItem
          key={item.id}
          item={item}
          lead={i === 0 ? lead : undefined}
          trailer={i === section.items.length - 1 ? trailer : undefined}
        />
      ))}
    </>
  );
}

/**
 * A PDF bookmark (outline entry) at this element. react-pdf renders bookmarks on any element, but its
 * types only declare them on Page; we need them on headings, which must stay direct children of the page.
 */
function bookmark(title: string): object {
  return { bookmark: { title, fit: true } };
}
