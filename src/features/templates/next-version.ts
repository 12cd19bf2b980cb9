/** The version number a new draft gets: one more than the highest whole number used, else "2". */
export function nextVersion(versions: readonly string[]): string {
  const numbers = versions.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0);
  return String(numbers.length ? Math.max(...numbers) + 1 : 2);
}
