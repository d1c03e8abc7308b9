/**
 * Builds the exclusion test Docker applies to the build context from a `.dockerignore`: patterns are
 * relative to the context root, `*` and `?` stay inside one path segment, `**` spans any number of
 * them, a pattern that matches a folder excludes everything in it, and the last matching line wins
 * (a leading `!` re-includes).
 *
 * @param text The `.dockerignore` content.
 * @returns A function telling whether a context path (relative, `/`-separated) is excluded.
 * @example
 * dockerignoreMatcher('**\/test\n*.log')('scripts/serve/test/request.ts') // true
 */
export function dockerignoreMatcher(text: string): (path: string) => boolean {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!')
      const pattern = (include ? line.slice(1) : line).trim().replace(/^\/+|\/+$/g, '')
      return { include, regex: toRegex(pattern) }
    })
  return (path) => {
    const parts = path.split('/')
    const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'))
    let ignored = false
    for (const { include, regex } of rules) {
      if (prefixes.some((prefix) => regex.test(prefix))) ignored = !include
    }
    return ignored
  }
}

function toRegex(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index] ?? ''
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?'
      index += 2
    } else if (pattern.startsWith('**', index)) {
      source += '.*'
      index += 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}
