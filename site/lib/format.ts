/**
 * Formats a raw integer token amount with its decimals, grouping thousands with commas and keeping at most
 * `fractionDigits` decimals (truncated, never rounded up). Deterministic: no locale data is used.
 *
 * @example
 * formatUnits('1000000000000000000000', 18) // '1,000'
 */
export function formatUnits(raw: string, decimals: number, fractionDigits = 2): string {
  if (!/^\d+$/.test(raw)) throw new Error(`not a raw integer amount: ${raw}`)
  const digits = raw.replace(/^0+(?=\d)/, '')
  const padded = digits.padStart(decimals + 1, '0')
  const whole = padded.slice(0, padded.length - decimals)
  const fraction = padded
    .slice(padded.length - decimals)
    .slice(0, fractionDigits)
    .replace(/0+$/, '')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction ? `${grouped}.${fraction}` : grouped
}

/** Groups an integer's thousands with commas: 21000000 → "21,000,000". */
export const formatInteger = (value: number | bigint) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A Unix time in seconds as an ISO date (UTC): 1700000000 → "2023-11-14". */
export const formatDate = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 10)

/** Shortens a 0x address for narrow places: 0x1F98…F984. The full address stays in the link. */
export const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`
