/**
 * The command line's own small argument parser: files, `--name value` / `--name=value` options and
 * `--flag` switches, with plain-English errors. `--` ends the options.
 */
export type ArgSpec = { values?: Record<string, string[]>; flags?: Record<string, string[]> };
export type ParsedArgs = {
  files: string[];
  values: Record<string, string | undefined>;
  flags: Record<string, boolean>;
};

/** What each value option needs, for the error message ("--out needs a folder, e.g. --out papers"). */
const NEEDS: Record<string, string> = {
  out: 'a folder, e.g. --out papers',
  'csv-out': 'a file name, e.g. --out overview.csv',
};

export function parseArgs(argv: string[], spec: ArgSpec, needs = NEEDS): ParsedArgs | { error: string } {
  const files: string[] = [];
  const values: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  const valueOf = (arg: string) =>
    Object.entries(spec.values ?? {}).find(([, names]) => names.includes(arg))?.[0];
  const flagOf = (arg: string) =>
    Object.entries(spec.flags ?? {}).find(([, names]) => names.includes(arg))?.[0];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const key = valueOf(name);
    if (key) {
      const value = inline ?? argv[i + 1];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('-')))
        return { error: `${name} needs ${needs[key] ?? 'a value'}` };
      if (values[key] !== undefined) return { error: `Give ${name} only once.` };
      values[key] = value;
      if (inline === undefined) i += 1;
    } else if (flagOf(arg)) {
      flags[flagOf(arg)!] = true;
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `Unknown option "${arg}".` };
    } else {
      files.push(arg);
    }
  }
  return { files, values, flags };
}
