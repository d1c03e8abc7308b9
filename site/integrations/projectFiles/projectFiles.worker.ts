/**
 * Worker thread entry: writes the project files for the registry at `workerData.rootDir` into
 * `workerData.outDir` and posts `{ written }`, or `{ error }` with the message to show. It runs beside
 * `astro build`, whose page rendering uses one core, so the Open Graph cards are drawn on the other.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadProjectFiles } from './projectFiles.ts'
import { writeProjectFiles } from './writeProjectFiles.ts'

const { rootDir, outDir } = workerData as { rootDir: string; outDir: string }
try {
  const written = await writeProjectFiles(await loadProjectFiles(rootDir), outDir)
  parentPort?.postMessage({ written })
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) })
}
