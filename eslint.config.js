import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'storybook-static', 'node_modules', 'public'] },
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
  {
    // The core is framework-agnostic: no React, no TanStack.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'react/*', '@tanstack/*'], message: 'src/core must not import React or TanStack.' }] }],
    },
  },
  {
    // Tests use the package the way an app does: through the public entry points.
    files: ['test/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*/**', '!**/src/*/index.js', '!**/src/messages/fr.js'], message: 'Import from the public entry (src/index.js, src/core/index.js …).' }] }],
    },
  },
)
