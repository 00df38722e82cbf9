// Composed into the preview by main.ts (previewAnnotations): the README's Storybook setup for an
// app's own stories, as an app writes it (only the import paths differ).
import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { apiErrorGlobalTypes, withApiErrors } from '../src/testing/index.js'

// verbatim from README ("Test and browse your own error states")
const preview: Preview = {
  loaders: [mswLoader()], // msw-storybook-addon: starts the worker, installs parameters.msw
  globalTypes: apiErrorGlobalTypes, // the "API error" and "Error dialect" toolbar menus
  decorators: [withApiErrors], // answers the endpoints a story names with the chosen error
}

export default preview
// end of the README snippet
