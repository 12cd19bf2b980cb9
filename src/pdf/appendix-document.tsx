import { Document, Page, Text, View, type PageLayoutProps } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import type { PdfSection, PdfViewModel } from '@/domain/pdf-view-model.ts';
import { DraftMark } from './draft-mark.tsx';
import { pageOfInEnglish, PageFurniture, type FurnitureTexts } from './page-furniture.tsx';
import { QuestionItem } from './question-item.tsx';
import { styles } from './styles.ts';
import { TextBlocks } from './text-blocks.tsx';

/**
 * The committee-ready appendix, laid out from the view-model alone. Each question is laid out by
 * QuestionItem (labels kept with their answers, headings with their first question, short answers
 * whole); long answers are direct children of the page, so they flow from page to page.
 */
export function AppendixDocument({
  vm,
  fontFamily,
  pageOf = pageOfInEnglish,
}: {
  vm: PdfViewModel;
  fontFamily: string[];
  /** The page number in words: "Page 2 of 5" (a Welsh appendix passes "Tudalen 2 o 5"). */
  pageOf?: FurnitureTexts['pageOf'];
}) {
  const { metadata } = vm;
  const pageStyle = [styles.page, { fontFamily }];
  const texts: FurnitureTexts = {
    header: vm.header,
    status: vm.footer.status,
    exported: vm.footer.exported,
    pageOf,
  };
  // The running header and the footer are the pages' layout, drawn around the content of each page.
  const layout = (props: PageLayoutProps) => (
    <PageFurniture texts={texts} pageNumber={props.pageNumber} totalPages={props.totalPages}>
      {props.children}
    </PageFurniture>
  );
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
      <Page size="A4" style={pageStyle} layout={layout}>
        {vm.isDraft ? <DraftMark /> : null}
        <Cover vm={vm} />
        {vm.sections.map((section, i) => (
          <SectionBody
            key={section.id}
            section={section}
            trailer={
              i === vm.sections.length - 1 ? <Text style={styles.notice}>{vm.notice}</Text> : undefined
            }
          />
        ))}
      </Page>
      {vm.about ? (
        <Page size="A4" style={pageStyle} layout={layout}>
          {vm.isDraft ? <DraftMark /> : null}
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
    </Document>
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
