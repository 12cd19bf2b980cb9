import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer boundaries from DESIGN.md §3: data flows schemas → domain → storage/pdf/features → app.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

// Features never import each other (app/ composes them): one rule per feature folder.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureIsolation = features.map((feature) =>
  layer(
    [`src/features/${feature}/**`],
    [
      { group: ['dexie', 'dexie/*'], message: 'Only src/storage imports Dexie.' },
      { group: ['@react-pdf/*'], message: 'Only src/pdf imports @react-pdf/renderer.' },
      { group: ['@/app/*'], message: 'features must not import app/ (app composes features).' },
      {
        group: ['@/features/*', `!@/features/${feature}/*`, '../*'],
        message: 'Features never import each other: move shared pieces to src/components or src/domain.',
      },
    ],
  ),
);

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['schemas/**'],
    [
      {
        group: ['react', 'react-*', 'dexie', 'dexie-*', '@react-pdf/*', 'wouter'],
        message: 'schemas/ imports only zod.',
      },
      { group: ['@/*', '../src/*', '**/src/*'], message: 'schemas/ must not import from src/.' },
    ],
  ),
  layer(
    ['src/domain/**'],
    [
      {
        group: ['react', 'react-*', 'dexie', 'dexie-*', '@react-pdf/*', 'wouter'],
        message: 'src/domain is pure logic.',
      },
      {
        group: ['@/storage/*', '@/pdf/*', '@/features/*', '@/app/*', '@/components/*'],
        message: 'domain must not import outer layers.',
      },
    ],
  ),
  layer(
    ['src/storage/**'],
    [
      { group: ['@react-pdf/*'], message: 'Only src/pdf imports @react-pdf/renderer.' },
      {
        group: ['@/features/*', '@/app/*', '@/pdf/*'],
        message: 'storage must not import features, app or pdf.',
      },
    ],
  ),
  layer(
    ['src/html/**'],
    [
      {
        group: ['react', 'react-*', 'dexie', 'dexie-*', '@react-pdf/*', 'wouter', 'playwright-core'],
        message: 'src/html renders the view-model to text: no UI, storage or PDF libraries.',
      },
      {
        group: ['@/storage/*', '@/pdf/*', '@/features/*', '@/app/*', '@/components/*', '@/cli/*'],
        message: 'src/html reads only schemas and src/domain (the view-model).',
      },
    ],
  ),
  layer(
    ['src/features/**', 'src/components/**', 'src/app/**'],
    [
      { group: ['dexie', 'dexie/*'], message: 'Only src/storage imports Dexie.' },
      {
        group: ['@react-pdf/*'],
        message: 'Only src/pdf imports @react-pdf/renderer (load it lazily through src/pdf).',
      },
      {
        group: ['@/html/*'],
        allowTypeImports: true,
        message: 'Load the HTML appendix with import() on the click, so it stays out of the first load.',
      },
    ],
  ),
  ...featureIsolation,
);
