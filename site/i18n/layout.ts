import type { Lang } from './lang.ts'

/** Strings of the layout every page shares: header, navigation, footer. */
export const LAYOUT_MESSAGES: Record<
  Lang,
  {
    skip: string
    siteNav: string
    landscape: string
    graph: string
    stats: string
    releases: string
    data: string
    switchTo: string
    about: string
    built: (version: string, commit: string) => string
    verify: string
    verifyHow: string
  }
> = {
  en: {
    skip: 'Skip to content',
    siteNav: 'Site',
    landscape: 'Landscape',
    graph: 'Graph',
    stats: 'Stats',
    releases: 'Releases',
    data: 'Open data',
    switchTo: 'Lire en français',
    about:
      'The Web3 Atlas is built from an open registry of plain-text files and on-chain snapshots. Every fact lists its source; on-chain facts were read at a stated block. This site loads nothing from anywhere but itself.',
    built: (version, commit) => `Version ${version}, built from commit ${commit}.`,
    verify: 'Verify this deployment',
    verifyHow:
      'rebuild the tagged release and compare its CID with the one you loaded: npm run verify -- --cid <CID>, as VERIFY.md explains.',
  },
  fr: {
    skip: 'Aller au contenu',
    siteNav: 'Site',
    landscape: 'Paysage',
    graph: 'Graphe',
    stats: 'Statistiques',
    releases: 'Versions',
    data: 'Données ouvertes',
    switchTo: 'Read in English',
    about:
      'Le Web3 Atlas est construit à partir d’un registre ouvert de fichiers texte et d’instantanés lus sur la chaîne. Chaque fait cite sa source ; les faits on-chain ont été lus à un bloc indiqué. Ce site ne charge rien d’autre que lui-même.',
    built: (version, commit) => `Version ${version}, construite depuis le commit ${commit}.`,
    verify: 'Vérifier ce déploiement',
    verifyHow:
      'reconstruisez la version publiée et comparez son CID avec celui que vous avez chargé : npm run verify -- --cid <CID>, comme l’explique VERIFY.md.',
  },
}
