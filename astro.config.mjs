// @ts-check
import { defineConfig } from 'astro/config'
import { projectFilesIntegration } from './site/integrations/projectFiles/projectFilesIntegration.ts'

// Built output must be byte-identical across machines (DESIGN.md invariant 1) and must work from any
// IPFS path gateway (invariant 2): no source maps, stable file names, and URLs made relative after the
// build by scripts/relativize.ts, because Astro has no relative `base`.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
  // logos/, og/ and api/projects/: plain files written beside the build, not one Astro route per project.
  integrations: [projectFilesIntegration()],
  vite: {
    build: { sourcemap: false, assetsInlineLimit: 0 },
  },
})
