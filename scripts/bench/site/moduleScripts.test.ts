import { describe, expect, it } from 'vitest'
import { moduleScripts } from './moduleScripts.ts'

describe(moduleScripts.name, () => {
  const files: Record<string, string> = {
    'graph/index.html':
      '<script type="application/json" id="d">{}</script><script type="module" src="../_astro/graph.A.js"></script>',
    '_astro/graph.A.js': 'import{s as t}from"./select.B.js";import"./style.C.js";import("./lazy.D.js");t()',
    '_astro/select.B.js': 'import{x}from"./style.C.js";export const s=1',
    '_astro/style.C.js': 'export const x=1',
    '_astro/lazy.D.js': 'export const big=1',
  }
  const read = (path: string) => files[path]

  it('follows static imports from the page, once each, and leaves dynamic imports out', () => {
    expect(moduleScripts('graph/index.html', read)).toEqual([
      '_astro/graph.A.js',
      '_astro/select.B.js',
      '_astro/style.C.js',
    ])
  })

  it('ignores data scripts, other origins and missing files', () => {
    const page =
      '<script type="module" src="https://cdn.example/x.js"></script><script type="module" src="/gone.js"></script>'
    expect(moduleScripts('index.html', (path) => (path === 'index.html' ? page : undefined))).toEqual([])
  })
})
