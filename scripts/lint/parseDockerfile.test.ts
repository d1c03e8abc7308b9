import { describe, expect, it } from 'vitest'
import {
  effectiveInstruction,
  parseDockerfile,
  parseExecForm,
  parseKeyValues,
  stageChain,
} from './parseDockerfile.ts'

const text = `# syntax=docker/dockerfile:1
ARG VERSION=1
FROM node:24@sha256:${'a'.repeat(64)} AS Base
USER node
RUN apt-get update \\
    # a comment inside a continued instruction is dropped
    && apt-get install -y git

FROM base AS site
CMD ["npm", "run", "serve"]
FROM --platform=linux/amd64 site AS final
`

describe(parseDockerfile.name, () => {
  const dockerfile = parseDockerfile(text)

  it('splits stages, lower-cases their names and joins continued lines without comments', () => {
    expect(dockerfile.globalArgs).toEqual([{ keyword: 'ARG', args: 'VERSION=1', line: 2 }])
    expect(dockerfile.stages.map(({ name, image, line }) => ({ name, image, line }))).toEqual([
      { name: 'base', image: `node:24@sha256:${'a'.repeat(64)}`, line: 3 },
      { name: 'site', image: 'base', line: 9 },
      { name: 'final', image: 'site', line: 11 },
    ])
    expect(dockerfile.stages[0]?.instructions[1]).toEqual({
      keyword: 'RUN',
      args: 'apt-get update && apt-get install -y git',
      line: 5,
    })
  })

  it('follows FROM <stage> to find inherited instructions', () => {
    expect(stageChain(dockerfile, 'final').map((stage) => stage.name)).toEqual(['base', 'site', 'final'])
    expect(effectiveInstruction(dockerfile, 'final', 'USER')?.args).toBe('node')
    expect(effectiveInstruction(dockerfile, 'final', 'CMD')?.line).toBe(10)
    expect(effectiveInstruction(dockerfile, 'base', 'CMD')).toBeUndefined()
    expect(stageChain(dockerfile, 'missing')).toEqual([])
  })
})

describe(parseExecForm.name, () => {
  it('reads the JSON form as argv and runs anything else through the shell', () => {
    expect(parseExecForm('["npm", "run", "serve"]')).toEqual(['npm', 'run', 'serve'])
    expect(parseExecForm('npm run serve')).toEqual(['/bin/sh', '-c', 'npm run serve'])
    expect(parseExecForm("['npm']")).toEqual(['/bin/sh', '-c', "['npm']"])
  })
})

describe(parseKeyValues.name, () => {
  it('reads name=value pairs, quoted values, the legacy ENV form and bare ARGs', () => {
    expect(parseKeyValues('ENV', 'HOST=0.0.0.0 TITLE="Web3 Atlas"')).toEqual([
      ['HOST', '0.0.0.0'],
      ['TITLE', 'Web3 Atlas'],
    ])
    expect(parseKeyValues('ENV', 'GREETING hello world')).toEqual([['GREETING', 'hello world']])
    expect(parseKeyValues('ARG', 'NPM_TOKEN')).toEqual([['NPM_TOKEN', undefined]])
  })
})
