import { readFile, writeFile } from 'node:fs/promises';

/** A file of `count` assessments: the frozen v1 fixture's assessments (migrated on import), new ids. */
export async function writeLargeFile(path: string, count: number): Promise<void> {
  const fixture = JSON.parse(
    await readFile(new URL('../../fixtures/envelope/v1.eia.json', import.meta.url), 'utf8'),
  ) as { assessments: Array<Record<string, unknown> & { answers: Record<string, unknown> }> };
  const assessments = Array.from({ length: count }, (_, i) => {
    const base = fixture.assessments[i % fixture.assessments.length]!;
    return {
      ...base,
      id: `large-${String(i).padStart(5, '0')}`,
      answers: { ...base.answers, projectTitle: `Policy ${i + 1}` },
    };
  });
  await writeFile(path, JSON.stringify({ ...fixture, assessments }));
}
