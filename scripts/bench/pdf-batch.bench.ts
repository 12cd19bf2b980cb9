import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { peerAssessment } from './peer-content.ts';
import type { BenchContext, Figure } from './types.ts';

/**
 * `eia pdf` and `eia pdf --accessible` on a batch of 100 files, as a committee secretary runs them: the
 * command spawned once per batch (total wall time, start-up included), and the time per file (median of
 * the gaps between its "Wrote …" lines). Each file holds the peer-benchmark content (21 answers of
 * ~1,200 characters).
 */
const FILES = 100;

export default async function pdfBatch(ctx: BenchContext): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'eia-bench-batch-'));
  try {
    const names: string[] = [];
    for (let i = 0; i < FILES; i += 1) {
      const name = `f${String(i).padStart(3, '0')}.eia.json`;
      names.push(name);
      await writeFile(join(dir, name), serialiseEnvelope(buildEnvelope([peerAssessment(`peer-${i}`)])));
    }
    const committee = await runBatch(ctx.root, dir, ['pdf', ...names, '--out', 'committee']);
    const accessible = await runBatch(ctx.root, dir, [
      'pdf',
      '--accessible',
      ...names,
      '--out',
      'accessible',
    ]);
    return [
      {
        name: `eia pdf, ${FILES} files (total)`,
        value: committee.total / 1000,
        unit: 's',
        note: `per file median ${Math.round(committee.median)} ms; start-up to first file ${Math.round(committee.first)} ms`,
      },
      { name: 'eia pdf, per file (median)', value: committee.median, unit: 'ms' },
      {
        name: `eia pdf --accessible, ${FILES} files (total)`,
        value: accessible.total / 1000,
        unit: 's',
        note: `per file median ${Math.round(accessible.median)} ms; start-up (Chromium) to first file ${Math.round(accessible.first)} ms`,
      },
      { name: 'eia pdf --accessible, per file (median)', value: accessible.median, unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runBatch(root: string, cwd: string, args: string[]) {
  return new Promise<{ total: number; median: number; first: number }>((resolve, reject) => {
    const start = performance.now();
    const stamps: number[] = [];
    const child = spawn(process.execPath, [join(root, 'bin/eia.mjs'), ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('Wrote ')) stamps.push(performance.now());
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || stamps.length !== FILES) {
        reject(new Error(`eia ${args[0]} exited ${code} after ${stamps.length} files: ${stderr}`));
        return;
      }
      const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
      resolve({ total: performance.now() - start, median: median(gaps), first: stamps[0]! - start });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
