/**
 * Where an edge reports progress. The CLI prints `info` to stdout and `warn` to stderr; tests collect
 * both. Messages never contain an RPC URL, because URLs often carry API keys.
 */
export interface Logger {
  info(message: string): void
  warn(message: string): void
}
