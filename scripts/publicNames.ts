// The package's public names, read from the entry points' sources with the TypeScript compiler:
// what an app can import, split into values (functions, components, constants) and types.
import { resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(import.meta.dirname, '..')

/** The entries an app imports (the catalogs export only a default, counted once as `default`). */
export const PUBLIC_ENTRIES = {
  'react-api-errors': 'src/index.ts',
  'react-api-errors/core': 'src/core/index.ts',
  'react-api-errors/query': 'src/query/index.ts',
  'react-api-errors/messages/<locale>': 'src/messages/locales/fr.ts',
  'react-api-errors/testing': 'src/testing/index.ts',
} as const

export interface PublicNames {
  /** Exported values by entry. */
  values: Record<string, string[]>
  /** Exported types and interfaces by entry. */
  types: Record<string, string[]>
}

/** The names each of `entries` (entry → file, relative to the project) exports; ours by default. */
export function publicNames(entries: Readonly<Record<string, string>> = PUBLIC_ENTRIES): PublicNames {
  const files = Object.values(entries).map((file) => resolve(root, file))
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    skipLibCheck: true,
    noEmit: true,
  })
  const checker = program.getTypeChecker()
  const names: PublicNames = { values: {}, types: {} }
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(resolve(root, file))!
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)
    for (const symbol of exports) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
      const kind = target.flags & ts.SymbolFlags.Value ? 'values' : 'types'
      ;(names[kind][entry] ??= []).push(symbol.name)
    }
  }
  return names
}

/** How many distinct names an app can import, over all entries. */
export const distinct = (byEntry: Record<string, string[]>): string[] =>
  [...new Set(Object.values(byEntry).flat())].sort()
