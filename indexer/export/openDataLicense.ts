/**
 * The licence of the registry's data, stated in every export so anyone who copies a file knows the terms.
 * The code is MIT (see LICENSE); the data is CC BY 4.0 (see registry/LICENSE.md).
 */
export const OPEN_DATA_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Web3 Atlas contributors',
} as const

/** The version of the export format. It changes only when a field is removed or changes meaning. */
export const API_VERSION = 1
