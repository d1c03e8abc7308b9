/** What stands in for a secret in anything printed. */
export const redactedMark = '[redacted]'

// user:password@ in any URL-looking text; the password is the secret, the user often is one too.
const userinfo = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi

/**
 * Removes secrets from text before it is printed or put in an error: every occurrence of each secret
 * value, and the `user:password@` part of any URL.
 *
 * @param text What would be printed.
 * @param secrets Secret values (tokens, keys, passwords); values shorter than 4 characters are ignored,
 *   since masking them would garble ordinary words.
 * @returns The text with each secret replaced by `[redacted]`.
 * @example
 * redact('POST https://u:p4ss@kubo.example/api token s3cret', ['s3cret']) // 'POST https://[redacted]@kubo.example/api token [redacted]'
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let clean = text.replace(userinfo, `$1${redactedMark}@`)
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) clean = clean.split(secret).join(redactedMark)
  }
  return clean
}

/**
 * A URL as it may be shown: origin and path only (no user info, query or fragment, where tokens hide).
 *
 * @param url The URL to show.
 * @returns e.g. `https://kubo.example:5001/api/v0/dag/import`.
 * @example
 * redactUrl(new URL('https://u:p@h.example/x?key=k')) // 'https://h.example/x'
 */
export function redactUrl(url: URL | string): string {
  const parsed = new URL(url)
  return `${parsed.origin}${parsed.pathname}`
}

/**
 * The secret parts of an `Authorization` header value: the whole value, its credentials, and for Basic
 * auth the decoded `user:password`, password and user, so none of them can be echoed back in an error.
 *
 * @param header e.g. `Basic YXRsYXM6ZmFrZQ==` or `Bearer fake-token`.
 * @returns The values to pass to {@link redact}.
 * @example
 * authorizationSecrets('Bearer fake-token') // ['Bearer fake-token', 'fake-token']
 */
export function authorizationSecrets(header: string): string[] {
  const [scheme = '', credentials = ''] = header.trim().split(/\s+/, 2)
  const secrets = [header, credentials].filter(Boolean)
  if (scheme.toLowerCase() === 'basic' && credentials) {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) secrets.push(decoded, decoded.slice(colon + 1), decoded.slice(0, colon))
  }
  return secrets
}
