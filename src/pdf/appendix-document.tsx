import { Document, Page, Text, View } from '@react-pdf/renderer';
import { Fragment } from 'react';
import type { PdfItem, PdfSection, PdfViewModel } from '@/domain/pdf-view-model.ts';
import { AnswerBlocks } from './answer-blocks.tsx';
import { PageFooter } from './page-footer.tsx';
import { PageFurniture } from './page-furniture.tsx';
import { styles } from './styles.ts';
import { TextBlocks } from './text-blocks.tsx';

/**
 * The committee-ready appendix, laid out from the view-model alone. Headings, labels and paragraphs
 * are direct children of the page (components here return fragments), so `minPresenceAhead` keeps a
 * heading with the text under it and long answers flow from page to page.
 */
export function AppendixDocument({ vm, fontFamily }: { vm: PdfViewModel; fontFamily: string[] }) {
  const { metadata } = vm;
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
      <Page size="A4" style={pageStyle}>
        <PageFurniture vm={vm} />
        <Cover vm={vm} />
        {vm.sections.map((section) => (
          <SectionBody key={section.id} section={section} />
        ))}
        <Text style={styles.notice}>{vm.notice}</Text>
        <PageFooter vm={vm} />
      </Page>
      {vm.about ? (
        <Page size="A4" style={pageStyle}>
          <PageFurniture vm={vm} />
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
          <PageFooter vm={vm} />
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

function SectionBody({ section }: { section: PdfSection }) {
  return (
    <>
      <Text style={styles.sectionHeading} {...bookmark(section.heading)} minPresenceAhead={50}>
        {section.heading}
      </Text>
      {section.intro.map((text, i) => (
        <Text key={i} style={styles.formText}>
          {text}
        </Text>
      ))}
      {section.items.map((item) => (
        <Item key={item.id} item={item} />
      ))}
    </>
  );
}

function Item({ item }: { item: PdfItem }) {
  return (
    <>
      {item.heading ? (
        <Text style={styles.subHeading} minPresenceAhead={60}>
          {item.heading}
        </Text>
      ) : null}
      {item.headingText ? <Text style={styles.formText}>{item.headingText}</Text> : null}
      <Text style={styles.label} minPresenceAhead={30}>
        {item.label}
        {item.descriptor ? <Text style={styles.descriptor}> ({item.descriptor})</Text> : null}
      </Text>
      <AnswerBlocks answer={item.answer} />
      {item.note ? <Text style={styles.note}>{item.note}</Text> : null}
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
