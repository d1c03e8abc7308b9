import type { ChainHistory, HistoryRun } from './historySchema.ts'

/**
 * The history with `run` added last (oldest first, so a new run is a diff at the end of the file). A run
 * for blocks already recorded (same `fromBlock` and `toBlock`, e.g. the file was restored and indexed
 * again) replaces the earlier one instead of repeating it. Pure.
 *
 * @param history The chain's history so far; undefined starts a new one.
 * @example appendHistoryRun(undefined, { chain: 'ethereum', chainId: 1 }, { fromBlock: 1, toBlock: 2, changes })
 */
export function appendHistoryRun(
  history: ChainHistory | undefined,
  { chain, chainId }: { chain: string; chainId: number },
  run: HistoryRun,
): ChainHistory {
  const runs = (history?.runs ?? []).filter(
    (earlier) => earlier.fromBlock !== run.fromBlock || earlier.toBlock !== run.toBlock,
  )
  return { version: 1, chain, chainId, runs: [...runs, run] }
}
