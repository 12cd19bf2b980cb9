import { Document, Font, Page, pdf, Text } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { findTemplate } from '@schemas/templates/index.ts';
import { APP_VERSION } from '@/domain/app-version.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { attachEiaJson } from '@/pdf/attach-eia-json.ts';
import { buildAppendixPdf } from '@/pdf/build-appendix-pdf.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';
import { renderAppendix } from '@/pdf/render-appendix.tsx';
import { startShapingMemo } from '@/pdf/shape-by-word.ts';
import { assessmentFileName, buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { peerAssessment } from './peer-content.ts';
import { threadCpuMs } from './thread-cpu.ts';
import type { Figure } from './types.ts';

/**
 * The committee PDF against the floor of our stack, in the same run: a bare react-pdf document of the
 * same text (each label and its ~1,200-character answer as plain Text on A4, the same embedded fonts, no
 * cover, furniture or attached data). The commercial peer (survey-pdf) measures about the floor on this
 * machine. Runs alternate between the two so that load on the machine hits both alike. Then where the
 * committee PDF's time goes: view-model, layout and writing (react-pdf), attaching the data (pdf-lib).
 */
const RUNS = 15;

export default async function pdfFloor(): Promise<Figure[]> {
  const assessment = peerAssessment();
  const template = findTemplate(assessment.templateId, assessment.templateVersion)!;
  const exportedAt = new Date('2026-01-05T12:00:00Z');
  const vm = buildPdfViewModel(assessment, template, { exportedAt, appVersion: APP_VERSION });
  const pairs = vm.sections.flatMap((s) =>
    s.items.map((item) => ({
      label: item.label,
      answer:
        item.answer.kind === 'missing'
          ? item.answer.text
          : item.answer.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n'),
    })),
  );

  registerFonts(nodeFontSource);
  const { fontFamily } = await prepareFonts(pairs.map((p) => p.label + p.answer).join('\n'));
  // The same font files registered with react-pdf's own loading: without the app's tuning of the loaded
  // fonts (tables inflated once, shaping memoised by word: src/pdf/fonts.ts), which the floor above shares.
  const stockFamily = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'].map((range) => {
    const family = `Stock Noto Sans ${range}`;
    Font.register({
      family,
      fonts: (['normal', 'bold', 'italic'] as const).map((face) => ({
        src: nodeFontSource(
          `@fontsource/noto-sans/files/noto-sans-${range}-${face === 'bold' ? 700 : 400}-${face === 'italic' ? 'italic' : 'normal'}.woff`,
        ),
        fontWeight: face === 'bold' ? 700 : 400,
        fontStyle: face === 'italic' ? 'italic' : 'normal',
      })),
    });
    return family;
  });
  const bareWith = (family: string[]) => async () => {
    // Its own shaping memo, as every committee PDF starts one (prepareFonts): run after a committee PDF
    // of the same words, the bare document found every word of the answers already shaped.
    startShapingMemo();
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: 'A4', style: { padding: 62, fontFamily: family, fontSize: 10.5, lineHeight: 1.45 } },
        pairs.flatMap((p, i) => [
          h(Text, { key: `l${i}`, style: { fontWeight: 700, marginTop: 8 } }, p.label),
          h(Text, { key: `a${i}` }, p.answer),
        ]),
      ),
    );
    const blob = await pdf(doc).toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  };
  const bare = bareWith(fontFamily);
  // Every word the committee PDF prints once (cover, section headings and the form's texts, labels with
  // their descriptors, answers, notes, the licence notice), each as a plain Text in the same styles: the
  // floor for the committee PDF's content, without its page furniture, keep-together groups and rules.
  const allPrinted = [
    ...[vm.cover.appendixLabel ?? '', vm.cover.title, vm.cover.formTitle].map((text) => ({
      text,
      bold: true,
    })),
    ...vm.cover.details.flatMap((d) => [
      { text: d.label, bold: true },
      { text: d.value, bold: false },
    ]),
    ...vm.sections.flatMap((section) => [
      { text: section.heading, bold: true },
      ...section.intro.map((text) => ({ text, bold: false })),
      ...section.items.flatMap((item) => [
        ...(item.heading ? [{ text: item.heading, bold: true }] : []),
        ...(item.headingText ? [{ text: item.headingText, bold: false }] : []),
        { text: item.descriptor ? `${item.label} (${item.descriptor})` : item.label, bold: true },
        {
          text:
            item.answer.kind === 'missing'
              ? item.answer.text
              : item.answer.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n'),
          bold: false,
        },
        ...(item.note ? [{ text: item.note, bold: false }] : []),
      ]),
    ]),
    { text: vm.notice, bold: false },
  ].filter((t) => t.text);
  const bareAll = async () => {
    startShapingMemo();
    const doc = h(
      Document,
      null,
      h(
        Page,
        { size: 'A4', style: { padding: 62, fontFamily, fontSize: 10.5, lineHeight: 1.45 } },
        allPrinted.map((t, i) =>
          h(Text, { key: i, style: t.bold ? { fontWeight: 700, marginTop: 8 } : {} }, t.text),
        ),
      ),
    );
    const blob = await pdf(doc).toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  };
  const stock = bareWith(stockFamily);
  const committee = () => buildAppendixPdf(assessment, { exportedAt, fonts: nodeFontSource });

  // Warm up all three (fonts, code).
  await bare();
  await stock();
  await bareAll();
  await committee();
  const bareTimes: number[] = [];
  const stockTimes: number[] = [];
  const committeeTimes: number[] = [];
  const ratios: number[] = [];
  const stockRatios: number[] = [];
  const allTimes: number[] = [];
  const allRatios: number[] = [];
  // Main-thread CPU time of the same runs, summed: see thread-cpu.ts.
  const mainThread = { bare: 0, committee: 0, measured: threadCpuMs() !== undefined };
  for (let i = 0; i < RUNS; i += 1) {
    const b = await time(bare, (ms) => (mainThread.bare += ms));
    const s = await time(stock);
    const a = await time(bareAll);
    const c = await time(committee, (ms) => (mainThread.committee += ms));
    bareTimes.push(b);
    stockTimes.push(s);
    committeeTimes.push(c);
    ratios.push(c / b);
    stockRatios.push(c / s);
    allTimes.push(a);
    allRatios.push(c / a);
  }

  const vmTimes: number[] = [];
  const renderTimes: number[] = [];
  const attachTimes: number[] = [];
  const text = serialiseEnvelope(buildEnvelope([assessment], exportedAt));
  for (let i = 0; i < RUNS; i += 1) {
    vmTimes.push(
      await time(async () =>
        buildPdfViewModel(assessment, template, { exportedAt, appVersion: APP_VERSION }),
      ),
    );
    let bytes: Uint8Array = new Uint8Array();
    renderTimes.push(await time(async () => ({ bytes } = await renderAppendix(vm, nodeFontSource))));
    attachTimes.push(
      await time(() =>
        attachEiaJson(bytes, { fileName: assessmentFileName(assessment, exportedAt), text, at: exportedAt }),
      ),
    );
  }

  return [
    {
      name: 'bare react-pdf, same text (median)',
      value: median(bareTimes),
      unit: 'ms CPU',
      note: `${RUNS} runs, 21 answers of ~1,200 characters`,
    },
    {
      name: 'committee PDF, same text (median)',
      value: median(committeeTimes),
      unit: 'ms CPU',
      note: `${RUNS} runs alternating with the bare document`,
    },
    {
      name: 'committee PDF ÷ bare react-pdf (median of paired runs)',
      value: median(ratios),
      unit: '×',
      target: 1.1,
      note: `paired ratios ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
    },
    ...(mainThread.measured
      ? [
          {
            name: 'committee PDF ÷ bare react-pdf, main thread (total of the paired runs)',
            value: mainThread.committee / mainThread.bare,
            unit: '×',
            note: `${Math.round(mainThread.committee / RUNS)} ms ÷ ${Math.round(mainThread.bare / RUNS)} ms per run: the thread that lays out and writes, without the garbage collector's helper threads`,
          },
        ]
      : []),
    {
      name: 'bare react-pdf with its own font loading, same text (median)',
      value: median(stockTimes),
      unit: 'ms CPU',
      note: `${RUNS} runs; the same font files without the app's tuning of the loaded fonts`,
    },
    {
      name: 'committee PDF ÷ bare react-pdf with its own font loading (median of paired runs)',
      value: median(stockRatios),
      unit: '×',
      note: `paired ratios ${stockRatios.map((r) => r.toFixed(2)).join(' ')}`,
    },
    {
      name: 'bare react-pdf, every word the committee PDF prints once (median)',
      value: median(allTimes),
      unit: 'ms CPU',
      note: `${RUNS} runs; ${allPrinted.length} plain Texts: cover, headings, the form's texts, labels, answers, notes, notice`,
    },
    {
      name: 'committee PDF ÷ bare react-pdf of every printed word (median of paired runs)',
      value: median(allRatios),
      unit: '×',
      note: `paired ratios ${allRatios.map((r) => r.toFixed(2)).join(' ')}; what is left is the page furniture, layout rules and data`,
    },
    { name: '  of which view-model', value: median(vmTimes), unit: 'ms CPU' },
    { name: '  of which layout and writing (react-pdf)', value: median(renderTimes), unit: 'ms CPU' },
    { name: '  of which attaching the data', value: median(attachTimes), unit: 'ms CPU' },
  ];
}

/**
 * CPU time (user + system) of the run, in ms, all threads: the machine is shared, and wall time swings
 * with the other work on it. `onMainThread` gets the main thread's share (thread-cpu.ts).
 */
async function time(fn: () => Promise<unknown>, onMainThread?: (ms: number) => void): Promise<number> {
  const start = process.cpuUsage();
  const mainStart = threadCpuMs();
  await fn();
  const used = process.cpuUsage(start);
  const mainEnd = threadCpuMs();
  if (mainStart !== undefined && mainEnd !== undefined) onMainThread?.(mainEnd - mainStart);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
