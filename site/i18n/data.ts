import type { Lang } from './lang.ts'

export const DATA_MESSAGES: Record<
  Lang,
  {
    title: string
    description: string
    intro: string
    licence: string
    file: string
    what: string
    files: Record<'index' | 'project' | 'ecosystem' | 'schema' | 'csv' | 'tokenlist', string>
    versioning: string
    contribute: string
  }
> = {
  en: {
    title: 'Open data',
    description: 'Download the whole Web3 Atlas registry as JSON, CSV or a token list, under CC BY 4.0.',
    intro:
      'Everything on this map comes from an open registry of YAML files. Each release publishes it beside the map, in formats programs can read. The files below are part of this very deployment: they have the same content identifier as the page you are reading.',
    licence:
      'The data is licensed Creative Commons Attribution 4.0 (CC BY 4.0): reuse it anywhere, crediting “Web3 Atlas contributors”. The code is MIT.',
    file: 'File',
    what: 'What it holds',
    files: {
      index: 'What the API offers, and every project slug.',
      project:
        'One project with the relations other projects declare towards it (replace {slug}, e.g. uniswap).',
      ecosystem: 'Every category, chain, relation type and project in one document.',
      schema: 'The JSON Schema of ecosystem.json.',
      csv: 'One row per project, for spreadsheets.',
      tokenlist: 'The tokens of the registry as a token list (tokenlists.org) that wallets can add.',
    },
    versioning:
      'Every JSON file carries "apiVersion": 1. It changes only when a field is removed or changes meaning.',
    contribute:
      'Found a mistake? Every project page links to its file in the registry: fix it with a pull request.',
  },
  fr: {
    title: 'Données ouvertes',
    description:
      'Téléchargez tout le registre du Web3 Atlas en JSON, en CSV ou en liste de jetons, sous licence CC BY 4.0.',
    intro:
      'Tout ce que montre cette carte vient d’un registre ouvert de fichiers YAML. Chaque version le publie à côté de la carte, dans des formats lisibles par les programmes. Les fichiers ci-dessous font partie de ce déploiement même : ils ont le même identifiant de contenu que la page que vous lisez.',
    licence:
      'Les données sont sous licence Creative Commons Attribution 4.0 (CC BY 4.0) : réutilisez-les librement en créditant « Web3 Atlas contributors ». Le code est sous licence MIT.',
    file: 'Fichier',
    what: 'Contenu',
    files: {
      index: 'Ce que propose l’API, et l’identifiant de chaque projet.',
      project:
        'Un projet, avec les relations que les autres projets déclarent envers lui (remplacez {slug}, par exemple uniswap).',
      ecosystem: 'Toutes les catégories, chaînes, types de relation et projets en un seul document.',
      schema: 'Le schéma JSON d’ecosystem.json.',
      csv: 'Une ligne par projet, pour les tableurs.',
      tokenlist:
        'Les jetons du registre sous forme de liste de jetons (tokenlists.org) qu’un portefeuille peut ajouter.',
    },
    versioning:
      'Chaque fichier JSON porte "apiVersion": 1. Cette valeur ne change que si un champ disparaît ou change de sens.',
    contribute:
      'Une erreur ? Chaque page de projet renvoie vers son fichier dans le registre : corrigez-le par une pull request.',
  },
}
