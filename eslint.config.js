import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** A layer may not import the ones above it. */
const layer = (files, forbidden, message) => [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] } }]

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
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render server text as text.' }],
    },
  },
  // Imports flow one way: core → messages → react → components → query.
  ...layer('src/core/**', ['react', 'react-dom', 'react/*', '@tanstack/*', '**/messages/**', '**/react/**', '**/components/**', '**/query/**'], 'src/core is framework-agnostic: no React, TanStack or upper layers.'),
  ...layer('src/messages/**', ['react', 'react-dom', '@tanstack/*', '**/react/**', '**/components/**', '**/query/**'], 'src/messages holds copy only: it may import src/core.'),
  ...layer('src/react/**', ['@tanstack/*', '**/components/**', '**/query/**'], 'src/react may import src/core and src/messages only.'),
  ...layer('src/components/**', ['@tanstack/*', '**/query/**'], 'Components never import the query layer.'),
  {
    // Tests use the package the way an app does: through the public entry points.
    files: ['test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*/**', '!**/src/*/index.js', '!**/src/messages/locales/fr.js', '!**/src/messages/locales/de.js', '!**/src/messages/locales/es.js', '!**/src/messages/locales/pt-BR.js', '!**/src/messages/locales/ja.js', '!**/src/messages/locales/ar.js'], message: 'Import from the public entry (src/index.js, src/core/index.js …).' }] }],
    },
  },
)
