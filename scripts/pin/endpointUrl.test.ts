import { describe, expect, it } from 'vitest'
import { endpointUrl } from './endpointUrl.ts'

describe(endpointUrl.name, () => {
  it('keeps the base path and query, with or without a trailing slash', () => {
    expect(endpointUrl(new URL('https://h.example/psa'), 'pins').href).toBe('https://h.example/psa/pins')
    expect(endpointUrl(new URL('https://h.example/psa/'), 'pins/abc').href).toBe(
      'https://h.example/psa/pins/abc',
    )
    expect(endpointUrl(new URL('http://127.0.0.1:5001?key=k'), 'api/v0/pin/ls', { arg: 'bafy' }).href).toBe(
      'http://127.0.0.1:5001/api/v0/pin/ls?key=k&arg=bafy',
    )
  })
})
