import { describe, expect, it } from 'vitest'
import { parseAuthorization } from './parseAuthorization.ts'

describe(parseAuthorization.name, () => {
  it('turns user:password into Basic auth and keeps whole header values', () => {
    expect(parseAuthorization('atlas:fake:pw')?.header).toBe(
      `Basic ${Buffer.from('atlas:fake:pw').toString('base64')}`,
    )
    expect(parseAuthorization('atlas:fake:pw')?.secrets).toContain('fake:pw')
    expect(parseAuthorization('Bearer fake-jwt')).toEqual({
      header: 'Bearer fake-jwt',
      secrets: ['Bearer fake-jwt', 'fake-jwt'],
    })
  })
  it('refuses values of neither form', () => {
    expect(parseAuthorization('fake-token')).toBeUndefined()
    expect(parseAuthorization(':nouser')).toBeUndefined()
    expect(parseAuthorization('Token abc def')).toBeUndefined()
  })
})
