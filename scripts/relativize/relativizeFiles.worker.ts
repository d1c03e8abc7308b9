/**
 * Worker thread entry for `relativizeDir`: rewrites `workerData.files` of `workerData.dir` and posts
 * `{ outcomes }`, or `{ error }` with the message to show.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { relativizeFiles } from './relativizeDir.ts'

const { dir, files } = workerData as { dir: string; files: string[] }
try {
  parentPort?.postMessage({ outcomes: await relativizeFiles(dir, files) })
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) })
}
