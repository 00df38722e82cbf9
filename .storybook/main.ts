import { resolve } from 'node:path'
import type { StorybookConfig } from '@storybook/react-vite'
import type { PluginOption } from 'vite'

/**
 * Plugins of the root vite.config.ts that only make sense for the library build: the declaration
 * emitter (it would write .d.ts files into storybook-static) and the stylesheet copier.
 */
const LIBRARY_ONLY_PLUGINS = new Set(['unplugin-dts', 'vite:dts', 'react-api-errors:stylesheet'])

function withoutLibraryPlugins(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return [withoutLibraryPlugins(plugin)]
    if (plugin && typeof plugin === 'object' && 'name' in plugin && LIBRARY_ONLY_PLUGINS.has(plugin.name)) return []
    return [plugin]
  })
}

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../src/docs/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW loader and the "API error" toolbar, set up as the README tells an app to.
  previewAnnotations: (entries: string[] = []) => [...entries, resolve(import.meta.dirname, 'apiErrors.preview.ts')],
  // The mock service worker (public/mockServiceWorker.js, written by `npx msw init public/`).
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Storybook's own onboarding checklist (a sidebar widget and a menu page) would sit over the guides.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  viteFinal(viteConfig) {
    // Storybook merges the root vite.config.ts (not its `build`): keep the library-only plugins out.
    const rolldownOptions = viteConfig.build?.rolldownOptions ?? {}
    return {
      ...viteConfig,
      plugins: withoutLibraryPlugins(viteConfig.plugins),
      build: {
        ...viteConfig.build,
        // The manager and preview bundles (axe, MSW, docs) are big by nature: this is a dev tool, not the package.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          ...rolldownOptions,
          // React libraries mark their modules 'use client'; in a client-only app bundle that is noise.
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return
            if (rolldownOptions.onwarn) rolldownOptions.onwarn(warning, warn)
            else warn(warning)
          },
        },
      },
    }
  },
}

export default config
