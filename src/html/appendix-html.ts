import type { PdfItem, PdfSection, PdfViewModel } from '@/domain/pdf-view-model.ts';
import { htmlAnswer, htmlBlock } from './blocks.ts';
import { escapeHtml, langAttribute } from './escape.ts';
import { appendixCss } from './styles.ts';

/**
 * The accessible version of the appendix: one self-contained HTML file (inline CSS, no script, no
 * request of any kind: its Content-Security-Policy forbids them), from the same view-model as the
 * committee PDF. Headings in order (h1 title, h2 sections, h3/h4 questions), answers as paragraphs and
 * lists, tables with header cells, the document language, and the status (DRAFT) in words.
 * Pure: text in, text out.
 */
export function renderAppendixHtml(vms: PdfViewModel | PdfViewModel[]): string {
  const parts = Array.isArray(vms) ? vms : [vms];
  const first = parts[0]!;
  const { metadata } = first;
  const footer = `${first.footer.status} · ${first.footer.exported}`;
  const meta = [
    ['author', metadata.author],
    ['description', metadata.subject],
    ['keywords', metadata.keywords],
    ['generator', metadata.creator],
    ['dcterms.created', metadata.createdAt],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `<meta name="${name}" content="${escapeHtml(value!)}">`)
    .join('\n');

  const body =
    parts.length === 1
      ? renderPart(first, '')
      : parts
          .map(
            (vm, i) =>
              `<div class="part"${vm.metadata.language === metadata.language ? '' : langAttribute(vm.metadata.language)}>\n${renderPart(vm, i === 0 ? '' : `${vm.language}-`)}\n</div>`,
          )
          .join('\n');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(metadata.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(metadata.title)}</title>
${meta}
<style>${appendixCss({ header: first.header, footer, isDraft: first.isDraft, draftMark: first.furniture.draftMark, pageOf: first.furniture.pageOf })}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The appendix in one language. `idPrefix` keeps ids unique when a bilingual file holds two parts
 * (English, then Welsh).
 */
function renderPart(vm: PdfViewModel, idPrefix: string): string {
  const { cover } = vm;
  const footer = `${vm.footer.status} · ${vm.footer.exported}`;
  const details = cover.details.length
    ? `<table class="details"><caption>${escapeHtml(vm.furniture.publicationDetails)}</caption><tbody>${cover.details
        .map((d) => `<tr><th scope="row">${escapeHtml(d.label)}</th><td>${escapeHtml(d.value)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';

  const status = vm.isDraft
    ? `<p class="status"><strong>${escapeHtml(vm.furniture.draftMark)}</strong>: ${escapeHtml(vm.furniture.draftNotice)} ${escapeHtml(footer)}.</p>`
    : `<p class="status status--agreed">${escapeHtml(footer)}.</p>`;

  const aboutId = `${idPrefix}about`;
  const about = vm.about
    ? `<section aria-labelledby="${escapeHtml(aboutId)}">
<h2 id="${escapeHtml(aboutId)}">${escapeHtml(vm.about.heading)}</h2>
${vm.about.blocks
  .map((block) => `<h3>${escapeHtml(block.heading)}</h3>\n${block.blocks.map(htmlBlock).join('\n')}`)
  .join('\n')}
</section>`
    : '';

  return `${cover.appendixLabel ? `<p class="appendix-label">${escapeHtml(cover.appendixLabel)}</p>` : ''}
<h1>${escapeHtml(cover.title)}</h1>
<p class="form-title">${escapeHtml(cover.formTitle)}</p>
${status}
${details}
${[...vm.sections, ...(vm.noLongerAsked ? [vm.noLongerAsked] : [])].map((section) => renderSection(section, idPrefix)).join('\n')}
${about}
<p class="notice">${escapeHtml(vm.notice)}</p>`;
}

function renderSection(section: PdfSection, idPrefix: string): string {
  // A heading inside a section (e.g. "Public sector equality duty") is an h3: the questions after it are h4s.
  let level = 3;
  const items = section.items.map((item) => {
    let out = '';
    if (item.heading) {
      out += `<h3>${escapeHtml(item.heading)}</h3>\n`;
      if (item.headingText) out += `${formText(item.headingText)}\n`;
      level = 4;
    }
    return out + renderItem(item, level, idPrefix);
  });
  const id = escapeHtml(`${idPrefix}${section.id}`);
  return `<section aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(section.heading)}</h2>
${section.intro.map((text) => `${formText(text)}\n`).join('')}${items.join('\n')}
</section>`;
}

/** A text of the form itself that the template prints ("Lack of data should not prevent…"), as the PDF does. */
function formText(text: string): string {
  return `<p class="form-text">${escapeHtml(text)}</p>`;
}

function renderItem(item: PdfItem, level: number, idPrefix: string): string {
  const descriptor = item.descriptor
    ? ` <span class="descriptor">(${escapeHtml(item.descriptor)})</span>`
    : '';
  const missing = item.answer.kind === 'missing' ? ' answer--missing' : '';
  const note = item.note ? `\n<p class="note">${escapeHtml(item.note)}</p>` : '';
  const label = item.labelLang
    ? `<span${langAttribute(item.labelLang)}>${escapeHtml(item.label)}</span>`
    : escapeHtml(item.label);
  return `<h${level} class="question" id="${escapeHtml(idPrefix)}q-${escapeHtml(item.id)}">${label}${descriptor}</h${level}>
<div class="answer${missing}"${langAttribute(item.lang)}>
${htmlAnswer(item.answer)}
</div>${note}`;
}
