/**
 * Reads an `*_AUTH` variable: `user:password` (sent as HTTP Basic) or a whole `Authorization` header value
 * (`Basic <base64>`, `Bearer <token>`).
 *
 * @param value The variable's value.
 * @returns The header value and the secrets it holds, or undefined when the value has neither form.
 * @example
 * parseAuthorization('atlas:fake-password') // { header: 'Basic YXRsYXM6ZmFrZS1wYXNzd29yZA==', secrets: [...] }
 */
export function parseAuthorization(value: string): { header: string; secrets: string[] } | undefined {
  const scheme = /^(Basic|Bearer)\s+(\S+)$/i.exec(value)
  if (scheme?.[2]) return { header: value, secrets: [value, scheme[2]] }
  const colon = value.indexOf(':')
  if (colon <= 0 || /\s/.test(value)) return undefined
  const encoded = Buffer.from(value).toString('base64')
  return { header: `Basic ${encoded}`, secrets: [value, value.slice(colon + 1), encoded] }
}
