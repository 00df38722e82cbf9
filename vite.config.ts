import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import dts from 'vite-plugin-dts'

/** One build input per public entry; the package.json `exports` map points at these files. */
const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
}

const external = /^(react|react-dom|@tanstack\/react-query)(\/|$)/

export default defineConfig({
  publicDir: false,
  plugins: [dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src' })],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, resolve(import.meta.dirname, path)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: { external },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 20_000,
  },
})
