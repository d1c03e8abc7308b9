import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { DCLinter } from 'dclint'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { parseYamlWithLines } from './parseYamlWithLines.ts'

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]'])
const DIGEST = /@sha256:[0-9a-f]{64}$/

/**
 * Lints a Compose file offline: YAML syntax, the Compose specification's JSON Schema and every dclint
 * rule (both as dclint ships them), plus the project's rules: every published port bound to 127.0.0.1
 * (dclint only asks for *an* interface) and every pulled image pinned by digest.
 *
 * @param text The Compose file's content.
 * @param file The path to print in diagnostics.
 * @returns Every problem found, dclint's warnings included; empty when the file is clean.
 * @example
 * lintCompose(readFileSync('compose.yaml', 'utf8'), 'compose.yaml')
 */
export function lintCompose(text: string, file: string): LintDiagnostic[] {
  const yaml = parseYamlWithLines(text)
  if (yaml.errors.length > 0) {
    return yaml.errors.map(({ line, column, message }) => ({ file, line, column, rule: 'yaml', message }))
  }
  const content: unknown = yaml.document.toJS() ?? {}
  const validateSchema = composeSchema()
  if (!validateSchema(content)) {
    return (validateSchema.errors ?? []).map((error) => {
      const path = error.instancePath.split('/').slice(1)
      if ('additionalProperty' in error.params) path.push(String(error.params.additionalProperty))
      return {
        file,
        ...yaml.positionOf(path),
        rule: 'compose-schema',
        message: `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${'additionalProperty' in error.params ? `: "${error.params.additionalProperty}"` : ''}`,
      }
    })
  }

  const diagnostics: LintDiagnostic[] = dclintRules(text, file, content as object).map((message) => ({
    file,
    line: message.line,
    column: message.column,
    rule: `dclint/${message.rule}`,
    message: message.message,
  }))

  const services = (content as { services?: Record<string, ComposeService> }).services ?? {}
  for (const [name, service] of Object.entries(services)) {
    if (service.image && !service.build && !DIGEST.test(service.image)) {
      diagnostics.push({
        file,
        ...yaml.positionOf(['services', name, 'image']),
        rule: 'pinned-digest',
        message: `Service "${name}" pulls ${service.image} without a digest: append @sha256:<digest> (docker buildx imagetools inspect ${service.image}).`,
      })
    }
    for (const [index, port] of (service.ports ?? []).entries()) {
      const hostIp = publishedHostIp(port)
      if (hostIp !== undefined && LOOPBACK.has(hostIp)) continue
      diagnostics.push({
        file,
        ...yaml.positionOf(['services', name, 'ports', index]),
        rule: 'loopback-ports',
        message: `Service "${name}" publishes ${typeof port === 'object' ? JSON.stringify(port) : port} on ${hostIp ?? 'every interface'}: bind it to 127.0.0.1 ('127.0.0.1:<host>:<container>').`,
      })
    }
  }
  return diagnostics
}

interface ComposeService {
  image?: string
  build?: unknown
  ports?: Array<string | number | { host_ip?: string }>
}

/** The host address of a published port, or undefined when it listens on every interface. */
function publishedHostIp(port: string | number | { host_ip?: string }): string | undefined {
  if (typeof port === 'object') return port.host_ip
  const text = String(port).replace(/\/(tcp|udp)$/, '')
  const ipv6 = /^(\[[^\]]+\]):/.exec(text)
  if (ipv6) return ipv6[1]
  const parts = text.split(':')
  return parts.length === 3 ? parts[0] : undefined
}

interface DclintMessage {
  rule: string
  line: number
  column: number
  message: string
}

/**
 * Runs dclint's rules over text. dclint's public API only lints files by path; its per-file step
 * (`lintContent`) is what `lintFiles` calls after reading, so calling it keeps this function pure.
 */
function dclintRules(sourceCode: string, path: string, content: object): DclintMessage[] {
  const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] }) as unknown as {
    lintContent?: (context: { path: string; content: object; sourceCode: string }) => DclintMessage[]
  }
  if (typeof linter.lintContent !== 'function') {
    throw new Error('dclint no longer has lintContent(): update scripts/lint/lintCompose.ts for its new API.')
  }
  return linter.lintContent({ path, content, sourceCode })
}

let cachedSchema: ValidateFunction | undefined

/** dclint's copy of the Compose specification schema, compiled the way dclint compiles it. */
function composeSchema(): ValidateFunction {
  if (cachedSchema) return cachedSchema
  const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('dclint')))
  const schema = JSON.parse(readFileSync(join(packageDir, 'schemas', 'compose.schema.json'), 'utf8'))
  delete schema.$schema
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    strictSchema: false,
    allowUnionTypes: true,
    logger: false,
  })
  cachedSchema = ajv.compile(schema)
  return cachedSchema
}
