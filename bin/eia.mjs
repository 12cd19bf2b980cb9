#!/usr/bin/env node
// `npx eia <pdf|html|check|csv> <file.eia.json>...`: see src/cli/eia-cli.ts, or run `npx eia --help`.
// Runs the app's TypeScript sources directly through tsx (no build step), with the project's tsconfig
// wherever the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// React as the app ships it: without NODE_ENV, Node loads React's development build, whose checks make
// a PDF about a tenth slower. Set before anything loads React.
process.env.NODE_ENV ??= 'production';
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runCli } = await import('../src/cli/eia-cli.ts');

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});
