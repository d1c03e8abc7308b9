import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintDockerfile } from './lintDockerfile.ts'

const digest = `sha256:${'0123456789abcdef'.repeat(4)}`
const rules = { targets: ['indexer', 'site'], healthcheckTargets: ['site'] }
const lines = (diagnostics: LintDiagnostic[]) => diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`)

describe(lintDockerfile.name, () => {
  it('passes the project Dockerfile', () => {
    const text = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8')
    expect(
      lintDockerfile(text, 'Dockerfile', {
        targets: ['indexer', 'site', 'release'],
        healthcheckTargets: ['site'],
      }),
    ).toEqual([])
  })

  it('passes a pinned, non-root, health-checked build', () => {
    const good = `FROM node:24-bookworm-slim@${digest} AS base
USER node
FROM base AS build
RUN npm run build
FROM base AS indexer
CMD ["npm", "run", "index"]
FROM base AS site
COPY --from=build /app/dist dist
HEALTHCHECK CMD ["node", "-e", "fetch('http://127.0.0.1:4321/')"]
CMD ["npm", "run", "serve"]
`
    expect(lintDockerfile(good, 'Dockerfile', rules)).toEqual([])
  })

  it('reports unpinned bases, root images, secret-looking ARG/ENV, missing targets and health checks', () => {
    const bad = `ARG NPM_TOKEN
FROM node:24 AS base
ENV PRIVATE_KEY=0xabc DEPLOYER_KEY=x PORT=4321
FROM \${BASE} AS tool
USER node
FROM base AS site
USER root
CMD ["npm", "run", "serve"]
`
    const baseVariable = '$' + '{BASE}'
    expect(lines(lintDockerfile(bad, 'Dockerfile', rules))).toEqual([
      `4 dockerfile-utils/51 base name (${baseVariable}) should not be blank`,
      '2 pinned-digest FROM node:24 is not pinned: append @sha256:<digest> (docker buildx imagetools inspect node:24).',
      `4 pinned-digest FROM ${baseVariable} hides the base behind a variable: write it out with its @sha256 digest.`,
      '1 no-secret-in-image ARG NPM_TOKEN looks like a secret, and build arguments and ENV stay readable in the image: pass it at run time (docker run --env-file).',
      '3 no-secret-in-image ENV PRIVATE_KEY looks like a secret, and build arguments and ENV stay readable in the image: pass it at run time (docker run --env-file).',
      '3 no-secret-in-image ENV DEPLOYER_KEY looks like a secret, and build arguments and ENV stay readable in the image: pass it at run time (docker run --env-file).',
      '1 missing-target No stage is named "indexer": add `FROM … AS indexer`.',
      '7 non-root-user Image "site" ends as USER root: switch to `USER node`.',
      '6 healthcheck Image "site" has no HEALTHCHECK: add one that requests / (node -e "fetch(…)").',
    ])
  })

  it('asks for USER in an image that never sets one, and counts dockerfile-utils warnings as errors', () => {
    const bad = `FROM node:24@${digest} AS indexer
WORKDIR app
CMD ['npm']
`
    expect(lines(lintDockerfile(bad, 'Dockerfile', { targets: [], healthcheckTargets: [] }))).toEqual([
      '2 dockerfile-utils/50 WORKDIR paths should be absolute',
      '3 dockerfile-utils/49 Instruction written as a JSON array but is using single quotes instead of double quotes',
      '1 non-root-user Image "indexer" runs as root: add `USER node` to it.',
    ])
  })
})
