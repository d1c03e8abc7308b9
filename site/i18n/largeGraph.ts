import type { Lang } from './lang.ts'

/** Strings shown only for very large maps, where the page carries no SVG and no full relations table. */
export interface LargeGraphMessages {
  /** Shown instead of the map without JavaScript: the canvas needs it. */
  noJsMap: (projects: number) => string
  /** Shown instead of the relations table when it would be too long for one page. */
  tableTooLarge: (relations: number) => string
  /** The link to the landscape, which lists every project. */
  landscapeLink: string
}

export const LARGE_GRAPH_MESSAGES: Record<Lang, LargeGraphMessages> = {
  en: {
    noJsMap: (projects) =>
      `With ${projects} projects, the graph is drawn with JavaScript. Without it, the landscape lists every project as a link, and every project page lists its relations.`,
    tableTooLarge: (relations) =>
      `The ${relations} relations are too many for one table: every project page lists its own relations, and the landscape lists every project.`,
    landscapeLink: 'Open the landscape of every project',
  },
  fr: {
    noJsMap: (projects) =>
      `Avec ${projects} projets, le graphe est dessiné en JavaScript. Sans lui, le paysage donne un lien vers chaque projet, et chaque page de projet liste ses relations.`,
    tableTooLarge: (relations) =>
      `Les ${relations} relations sont trop nombreuses pour un seul tableau\u00a0: chaque page de projet liste ses propres relations, et le paysage liste tous les projets.`,
    landscapeLink: 'Ouvrir le paysage de tous les projets',
  },
}
