import { build } from 'esbuild'
import { brotliCompressSync } from 'node:zlib'
const [entry, imp] = process.argv.slice(2)
const r = await build({
  stdin: { contents: `export ${imp} from '${entry}'`, resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  external: ['react', 'react-dom', '@tanstack/react-query', 'react/jsx-runtime'],
})
const out = Object.values(r.metafile.outputs)[0]
const rows = Object.entries(out.inputs)
  .map(([f, v]) => [f, v.bytesInOutput])
  .sort((a, b) => b[1] - a[1])
console.log(
  'total min',
  r.outputFiles[0].contents.length,
  'brotli',
  brotliCompressSync(r.outputFiles[0].contents).length,
)
for (const [f, b] of rows.slice(0, 40)) console.log(String(b).padStart(6), f)
