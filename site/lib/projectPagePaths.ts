import { getCollection } from 'astro:content'
import type { GetStaticPaths } from 'astro'
import { loadAtlas } from './loadAtlas.ts'

/**
 * The `getStaticPaths` of the project pages in every language: one page per entry of the `projects` content
 * collection (parsed with the registry's own schema), each matched with the cross-checked view the atlas
 * derived for it.
 *
 * @throws When the collection holds a project the validated registry does not.
 */
export const projectPagePaths = (async () => {
  const atlas = await loadAtlas()
  const slugs = new Set(atlas.projects.map((view) => view.project.slug as string))
  const entries = await getCollection('projects')
  return entries.map((entry) => {
    if (!slugs.has(entry.id))
      throw new Error(
        `registry/projects/${entry.id}.yaml is in the content collection but not in the validated registry`,
      )
    return { params: { slug: entry.id } }
  })
}) satisfies GetStaticPaths
