import type { LintDiagnostic } from './LintDiagnostic.ts'
import { parseYamlWithLines } from './parseYamlWithLines.ts'

type Path = ReadonlyArray<string | number>
type Sdl = {
  version?: unknown
  services?: Record<string, { image?: unknown; env?: unknown; expose?: unknown } | null>
  profiles?: {
    compute?: Record<string, unknown>
    placement?: Record<
      string,
      { pricing?: Record<string, { denom?: unknown; amount?: unknown } | null> } | null
    >
  }
  deployment?: Record<string, Record<string, { profile?: unknown; count?: unknown } | null> | null>
}

const SECRET_NAME = /(^|_)(KEY|TOKEN|SECRET|PASSWORD|MNEMONIC)$|^PRIVATE/i
const MUTABLE_TAGS = new Set(['latest', 'stable', 'main', 'edge', 'nightly', 'dev'])

/**
 * Checks an Akash SDL v2.0 file offline (Akash ships no offline validator on npm): every deployed
 * service exists, uses an image with a fixed version tag or digest and exposes its ports; every
 * deployment names a compute profile and a placement that prices that profile in uakt (or an IBC
 * denomination); no env variable looks like a secret, since the provider can read the manifest.
 *
 * @param text The SDL's content.
 * @param file The path to print in diagnostics.
 * @returns Every problem found; empty when the SDL is consistent.
 * @example
 * lintAkashSdl(readFileSync('deploy/akash.yaml', 'utf8'), 'deploy/akash.yaml')
 */
export function lintAkashSdl(text: string, file: string): LintDiagnostic[] {
  const yaml = parseYamlWithLines(text)
  if (yaml.errors.length > 0) {
    return yaml.errors.map(({ line, column, message }) => ({ file, line, column, rule: 'yaml', message }))
  }
  const diagnostics: LintDiagnostic[] = []
  const report = (path: Path, message: string) =>
    diagnostics.push({ file, ...yaml.positionOf(path), rule: 'akash-sdl', message })
  const sdl = (yaml.document.toJS() ?? {}) as Sdl

  if (sdl.version !== '2.0')
    report(['version'], `version must be the string '2.0', not ${JSON.stringify(sdl.version)}.`)

  const services = sdl.services ?? {}
  if (Object.keys(services).length === 0)
    report(['services'], 'services is empty: declare the service to run.')
  for (const [name, service] of Object.entries(services)) {
    const image = typeof service?.image === 'string' ? service.image : ''
    const tag = /:([^:/@]+)(@|$)/.exec(image)?.[1]
    if (!image) report(['services', name], `services.${name} has no image.`)
    else if (!image.includes('@sha256:') && (!tag || MUTABLE_TAGS.has(tag))) {
      report(
        ['services', name, 'image'],
        `services.${name}.image ${image} can change under the lease: give a version tag or @sha256 digest.`,
      )
    }
    const expose = Array.isArray(service?.expose) ? service.expose : []
    if (expose.length === 0)
      report(
        ['services', name],
        `services.${name} exposes no port: add expose: [{ port, as, to: [{ global: true }] }].`,
      )
    for (const [index, entry] of expose.entries()) {
      if (!Number.isInteger((entry as { port?: unknown } | null)?.port)) {
        report(
          ['services', name, 'expose', index],
          `services.${name}.expose[${index}].port must be the container's port number.`,
        )
      }
    }
    for (const [index, variable] of (Array.isArray(service?.env) ? service.env : []).entries()) {
      const variableName = String(variable).split('=')[0] ?? ''
      if (SECRET_NAME.test(variableName)) {
        report(
          ['services', name, 'env', index],
          `services.${name}.env ${variableName} looks like a secret, and the provider can read the manifest: keep secrets out of the SDL.`,
        )
      }
    }
  }

  const compute = sdl.profiles?.compute ?? {}
  const placements = sdl.profiles?.placement ?? {}
  const deployment = sdl.deployment ?? {}
  if (Object.keys(deployment).length === 0)
    report(['deployment'], 'deployment is empty: say which service runs where.')
  for (const [serviceName, byPlacement] of Object.entries(deployment)) {
    if (!(serviceName in services))
      report(['deployment', serviceName], `deployment.${serviceName} names no service in services.`)
    for (const [placementName, entry] of Object.entries(byPlacement ?? {})) {
      const here = ['deployment', serviceName, placementName]
      const profile = String(entry?.profile ?? '')
      const placement = placements[placementName]
      if (!(profile in compute))
        report(
          [...here, 'profile'],
          `deployment.${serviceName}.${placementName}.profile "${profile}" is not in profiles.compute.`,
        )
      if (!placement) {
        report(here, `deployment.${serviceName}.${placementName} names no placement in profiles.placement.`)
      } else {
        const price = placement.pricing?.[profile]
        const pricePath = ['profiles', 'placement', placementName, 'pricing']
        if (!price)
          report(
            pricePath,
            `profiles.placement.${placementName}.pricing has no price for profile "${profile}".`,
          )
        else {
          if (typeof price.denom !== 'string' || !/^(uakt|ibc\/[0-9A-F]{64})$/.test(price.denom)) {
            report(
              [...pricePath, profile, 'denom'],
              `profiles.placement.${placementName}.pricing.${profile}.denom must be uakt (or an ibc/… denomination).`,
            )
          }
          if (!(typeof price.amount === 'number' && price.amount > 0)) {
            report(
              [...pricePath, profile, 'amount'],
              `profiles.placement.${placementName}.pricing.${profile}.amount must be a positive number (max bid per block).`,
            )
          }
        }
      }
      if (!(Number.isInteger(entry?.count) && Number(entry?.count) >= 1)) {
        report(
          [...here, 'count'],
          `deployment.${serviceName}.${placementName}.count must be a whole number of at least 1.`,
        )
      }
    }
  }
  return diagnostics
}
