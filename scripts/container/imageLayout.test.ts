import { describe, expect, it } from 'vitest'
import { ImageTargetNotFoundError, imageLayout } from './imageLayout.ts'

const dockerfile = `FROM node:24 AS base
ENV A=1
WORKDIR /app
CMD ["node"]
FROM base AS build
RUN npm ci --omit=dev
COPY package.json package-lock.json ./
COPY site site
FROM base AS job
ENV B="two words"
COPY --from=build --chown=node:node /app/dist dist
USER node
HEALTHCHECK --interval=5s --retries=3 CMD ["node", "-e", "0"]
ENTRYPOINT ["node", "cli.ts"]
`

describe(imageLayout.name, () => {
  it('collects the steps, env, user and health check of a target and the stages it builds on', () => {
    expect(imageLayout(dockerfile, 'job')).toEqual({
      steps: [{ kind: 'copy', fromStage: 'build', sources: ['/app/dist'], destination: 'app/dist' }],
      workdir: '/app',
      env: { A: '1', B: 'two words' },
      argv: ['node', 'cli.ts'],
      healthcheck: ['node', '-e', '0'],
      user: 'node',
    })
  })

  it('keeps an inherited CMD, copies into the WORKDIR and records RUN steps', () => {
    const build = imageLayout(dockerfile, 'build')
    expect(build.argv).toEqual(['node'])
    expect(build.steps).toEqual([
      { kind: 'run', command: 'npm ci --omit=dev' },
      {
        kind: 'copy',
        fromStage: undefined,
        sources: ['package.json', 'package-lock.json'],
        destination: 'app/',
      },
      { kind: 'copy', fromStage: undefined, sources: ['site'], destination: 'app/site' },
    ])
  })

  it('names the stages there are when the target is missing', () => {
    expect(() => imageLayout(dockerfile, 'site')).toThrow(ImageTargetNotFoundError)
    expect(() => imageLayout(dockerfile, 'site')).toThrow(/Build one of: base, build, job\./)
  })
})
