import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** A layer may not import the ones above it. */
const CORE_FORBIDS = [
  'react',
  'react-dom',
  'react/*',
  '@tanstack/*',
  '**/messages/**',
  '**/react/**',
  '**/components/**',
  '**/query/**',
  '**/testing/**',
]
/** src/core's concern folders, lowest first. */
const CORE_FOLDERS = [
  'shared',
  'secrets',
  'error',
  'parse',
  'fields',
  'retry',
  'tabs',
  'auth',
  'fetch',
  'report',
  'explain',
]

const layer = (files, forbidden, message) => [
  { files: [files], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] } },
]

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'storybook-static', 'node_modules', 'public', '.tmp', 'test/next-app'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render server text as text.' },
      ],
    },
  },
  // Imports flow one way: core → messages → react → components → query.
  ...layer('src/core/**', CORE_FORBIDS, 'src/core is framework-agnostic: no React, TanStack or upper layers.'),
  // Inside core, one way down its concern folders: each may import only the folders before it.
  ...CORE_FOLDERS.flatMap((folder, index) =>
    layer(
      `src/core/${folder}/**`,
      [...CORE_FORBIDS, ...CORE_FOLDERS.slice(index + 1).map((above) => `**/${above}/**`)],
      `src/core/${folder} may import only ${CORE_FOLDERS.slice(0, index).join(', ') || 'nothing else in core'}.`,
    ),
  ),
  ...layer(
    'src/messages/**',
    ['react', 'react-dom', '@tanstack/*', '**/react/**', '**/components/**', '**/query/**', '**/testing/**'],
    'src/messages holds copy only: it may import src/core.',
  ),
  ...layer(
    'src/react/**',
    ['@tanstack/*', '**/components/**', '**/query/**', '**/testing/**'],
    'src/react may import src/core and src/messages only.',
  ),
  ...layer(
    'src/components/**',
    ['@tanstack/*', '**/query/**', '**/testing/**'],
    'Components never import the query layer or src/testing.',
  ),
  ...layer(
    'src/query/**',
    ['**/testing/**'],
    'Nothing in the package imports src/testing: it is a tool for tests and stories.',
  ),
  // The testing entry builds responses and Storybook helpers from the parser: it may import src/core and src/messages.
  ...layer(
    'src/testing/**',
    ['@tanstack/*', '**/react/**', '**/components/**', '**/query/**'],
    'src/testing may import src/core and src/messages only.',
  ),
  {
    // Contract tests use the package the way an app does: through the public entry points
    // (src/index.js, src/core/index.js, src/query/index.js, a catalog in src/messages/locales/).
    // Unit tests live in test/unit/ and may import internal modules.
    files: ['test/**'],
    ignores: ['test/unit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!(index|core/index|query/index|testing/index|messages/locales/[\\w-]+)\\.js$)',
              message:
                'Contract tests import the public entries (src/index.js, src/core/index.js …); a unit test of an internal module goes in test/unit/.',
            },
          ],
        },
      ],
    },
  },
)
