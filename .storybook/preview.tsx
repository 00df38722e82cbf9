import type { Preview } from '@storybook/react-vite'
import { ApiErrorProvider } from '../src/index.js'
import { flowHandlers } from '../src/stories/flows/handlers.js'
import { textDirection } from '../src/messages/index.js'
import { catalogFor, isStoryTheme, storyCatalogs } from '../src/stories/support/globals.js'
import '../src/styles/styles.css'
import './preview.css'

const preview: Preview = {
  tags: ['autodocs'],
  // The mock service worker (mswLoader) and the "API error" toolbar come from apiErrors.preview.ts.
  globalTypes: {
    locale: {
      description: 'Language of the error copy',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storyCatalogs.map(({ catalog, name }) => ({
          value: catalog.locale,
          title: name,
          right: catalog.locale,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the components (data-rae-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    // Any axe violation fails the story's test (in Vitest and in the Storybook UI's test runs).
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    layout: 'fullscreen',
    // Storybook opens on the first entry: the Getting started guide, then the other guides, components, flows, examples.
    options: {
      storySort: { order: ['Guides', ['Getting started'], 'Components', 'Flows', 'Examples'] },
    },
    // The flows' mock APIs, for every story (flow stories name their own too): see src/stories/flows/handlers.ts.
    msw: { handlers: flowHandlers },
  },
  decorators: [
    (Story, { globals, parameters }) => {
      // A story about the page's own color-scheme (`parameters.pageDeclaresTheme`) gets a canvas that declares none.
      const theme = parameters.pageDeclaresTheme ? undefined : isStoryTheme(globals.theme) ? globals.theme : 'light'
      const catalog = catalogFor(globals.locale)
      return (
        <ApiErrorProvider messages={catalog}>
          <div
            className="sb-rae-canvas"
            data-rae-theme={theme}
            lang={catalog.locale}
            dir={textDirection(catalog.locale)}
          >
            <Story />
          </div>
        </ApiErrorProvider>
      )
    },
  ],
}

export default preview
