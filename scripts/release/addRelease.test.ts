import { describe, expect, it } from 'vitest'
import { addRelease, ReleaseConflictError } from './addRelease.ts'

const v1 = {
  version: '0.1.0',
  tag: 'v0.1.0',
  cid: 'bafybeidojcqnmmkcr72aotl5rcs5qgu73mizln5ltabjw3nucrknpulggi',
}
const v2 = {
  version: '0.2.0',
  tag: 'v0.2.0',
  cid: 'bafybeihyi6yrjc4n3twnbsiftcl3ktbev32s7m6xisi6jortugwxss4ume',
}

describe(addRelease.name, () => {
  it('adds a new release at the top', () => {
    expect(addRelease([v1], v2)).toEqual({ history: [v2, v1], added: true })
  })

  it('finds a release already recorded with the same CID, so a re-run is harmless', () => {
    expect(addRelease([v2, v1], v2)).toEqual({ history: [v2, v1], added: false })
  })

  it('refuses to record a version again with another CID', () => {
    expect(() => addRelease([v2, v1], { ...v2, cid: v1.cid })).toThrow(ReleaseConflictError)
  })
})
