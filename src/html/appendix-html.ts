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
export function renderAppendixHtml(vm: PdfViewModel): string {
  const { metadata, cover } = vm;
  const footer = `${vm.footer.status} · ${vm.footer.exported}`;
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

  const details = cover.details.length
    ? `<table class="details"><caption>Publication details</caption><tbody>${cover.details
        .map((d) => `<tr><th scope="row">${escapeHtml(d.label)}</th><td>${escapeHtml(d.value)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';

  const status = vm.isDraft
    ? `<p class="status"><strong>DRAFT</strong>: this assessment has not been agreed. ${escapeHtml(footer)}.</p>`
    : `<p class="status status--agreed">${escapeHtml(footer)}.</p>`;

  const about = vm.about
    ? `<section aria-labelledby="about">
<h2 id="about">${escapeHtml(vm.about.heading)}</h2>
${vm.about.blocks
  .map((block) => `<h3>${escapeHtml(block.heading)}</h3>\n${block.blocks.map(htmlBlock).join('\n')}`)
  .join('\n')}
</section>`
    : '';

  return `<!DOCTYPE html>
<html lang="${escapeHtml(metadata.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(metadata.title)}</title>
${meta}
<style>${appendixCss({ header: vm.header, footer, isDraft: vm.isDraft })}</style>
</head>
<body>
<main>
${cover.appendixLabel ? `<p class="appendix-label">${escapeHtml(cover.appendixLabel)}</p>` : ''}
<h1>${escapeHtml(cover.title)}</h1>
<p class="form-title">${escapeHtml(cover.formTitle)}</p>
${status}
${details}
${vm.sections.map(renderSection).join('\n')}
${about}
<p class="notice">${escapeHtml(vm.notice)}</p>
</main>
</body>
</html>
`;
}

function renderSection(section: PdfSection): string {
  // A heading inside a section (e.g. "Public sector equality duty") is an h3: the questions after it are h4s.
  let level = 3;
  const items = section.items.map((item) => {
    let out = '';
    if (item.heading) {
      out += `<h3>${escapeHtml(item.heading)}</h3>\n`;
      level = 4;
    }
    return out + renderItem(item, level);
  });
  return `<section aria-labelledby="${escapeHtml(section.id)}">
<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.heading)}</h2>
${items.join('\n')}
</section>`;
}

function renderItem(item: PdfItem, level: number): string {
  const descriptor = item.descriptor
    ? ` <span class="descriptor">(${escapeHtml(item.descriptor)})</span>`
    : '';
  const missing = item.answer.kind === 'missing' ? ' answer--missing' : '';
  const note = item.note ? `\n<p class="note">${escapeHtml(item.note)}</p>` : '';
  return `<h${level} class="question" id="q-${escapeHtml(item.id)}">${escapeHtml(item.label)}${descriptor}</h${level}>
<div class="answer${missing}"${langAttribute(item.lang)}>
${htmlAnswer(item.answer)}
</div>${note}`;
}
