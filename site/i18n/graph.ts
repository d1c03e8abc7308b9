import type { RelationType } from '../../indexer/model/schema.ts'
import type { Lang } from './lang.ts'
import { RELATION_VERBS } from './relations.ts'

/** Strings of the graph page: projects and their typed relations. */
export interface GraphMessages {
  title: string
  description: (projects: number, relations: number) => string
  heading: string
  intro: (projects: number, categories: number, relations: number) => string
  mapTitle: (projects: number, categories: number, relations: number) => string
  mapDescription: string
  hintNoJs: string
  hintJs: string
  searchLabel: string
  searchHint: string
  matches: (shown: number | string, total: number | string) => string
  zoomGroup: string
  zoomIn: string
  zoomOut: string
  zoomReset: string
  exportGroup: string
  exportSvg: string
  exportPng: string
  legendCategories: string
  legendRelations: string
  details: string
  close: string
  category: string
  outgoing: string
  incoming: string
  noRelations: string
  openPage: string
  focusProxy: string
  tableHeading: string
  tableCaption: string
  source: string
  relation: string
  target: string
  verbs: Record<RelationType, string>
}

export const GRAPH_MESSAGES: Record<Lang, GraphMessages> = {
  en: {
    title: 'Graph of relations',
    description: (projects, relations) =>
      `${projects} Web3 projects and the ${relations} typed relations between them, as an explorable graph.`,
    heading: 'Graph of relations',
    intro: (projects, categories, relations) =>
      `${projects} projects in ${categories} categories, linked by ${relations} typed relations: what is built on what, what integrates, bridges, indexes or governs what.`,
    mapTitle: (projects, categories, relations) =>
      `Graph of ${projects} projects in ${categories} categories, with ${relations} relations`,
    mapDescription:
      'Projects are circles coloured by category and grouped by category; arrows go from a project to the project it relates to. The same relations are listed in the table below the graph.',
    hintNoJs: 'Each project on the graph links to its page. Scroll inside the frame to see all of it.',
    hintJs:
      'Drag to pan; pinch or Ctrl + scroll to zoom. Hover or focus a project to see its relations; click it or press Enter for details. Arrow keys move between related projects, Esc closes.',
    searchLabel: 'Search the graph',
    searchHint: 'Name, tag, address or ENS name. Press / to search.',
    matches: (shown, total) => `${shown} of ${total} projects match`,
    zoomGroup: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset zoom',
    exportGroup: 'Download this view',
    exportSvg: 'Download SVG',
    exportPng: 'Download PNG',
    legendCategories: 'Categories',
    legendRelations: 'Relations (the arrow points to the target)',
    details: 'Project details',
    close: 'Close',
    category: 'Category',
    outgoing: 'Its relations',
    incoming: 'Relations to it',
    noRelations: 'None',
    openPage: 'Open the project page',
    focusProxy: 'Focused project',
    tableHeading: 'Relations as a table',
    tableCaption: 'Every relation on the graph: source project, relation, target project.',
    source: 'Source',
    relation: 'Relation',
    target: 'Target',
    verbs: RELATION_VERBS.en,
  },
  fr: {
    title: 'Graphe des relations',
    description: (projects, relations) =>
      `${projects} projets Web3 et les ${relations} relations typées qui les lient, en un graphe à explorer.`,
    heading: 'Graphe des relations',
    intro: (projects, categories, relations) =>
      `${projects} projets dans ${categories} catégories, liés par ${relations} relations typées : ce qui est construit sur quoi, ce qui intègre, relie, indexe ou gouverne quoi.`,
    mapTitle: (projects, categories, relations) =>
      `Graphe de ${projects} projets dans ${categories} catégories, avec ${relations} relations`,
    mapDescription:
      'Les projets sont des cercles colorés et regroupés par catégorie ; les flèches vont d’un projet vers le projet auquel il est lié. Le tableau sous le graphe liste les mêmes relations.',
    hintNoJs: 'Chaque projet du graphe mène à sa page. Faites défiler le cadre pour tout voir.',
    hintJs:
      'Faites glisser pour vous déplacer ; pincez ou Ctrl + molette pour zoomer. Survolez ou sélectionnez un projet pour voir ses relations ; cliquez ou appuyez sur Entrée pour le détail. Les flèches du clavier passent d’un projet lié à l’autre, Échap ferme.',
    searchLabel: 'Rechercher dans le graphe',
    searchHint: 'Nom, étiquette, adresse ou nom ENS. Appuyez sur / pour rechercher.',
    matches: (shown, total) => `${shown} projets sur ${total} correspondent`,
    zoomGroup: 'Zoom',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    zoomReset: 'Réinitialiser le zoom',
    exportGroup: 'Télécharger cette vue',
    exportSvg: 'Télécharger en SVG',
    exportPng: 'Télécharger en PNG',
    legendCategories: 'Catégories',
    legendRelations: 'Relations (la flèche pointe vers la cible)',
    details: 'Détail du projet',
    close: 'Fermer',
    category: 'Catégorie',
    outgoing: 'Ses relations',
    incoming: 'Relations vers lui',
    noRelations: 'Aucune',
    openPage: 'Ouvrir la page du projet',
    focusProxy: 'Projet sélectionné',
    tableHeading: 'Les relations sous forme de tableau',
    tableCaption: 'Toutes les relations du graphe : projet source, relation, projet cible.',
    source: 'Source',
    relation: 'Relation',
    target: 'Cible',
    verbs: RELATION_VERBS.fr,
  },
}
