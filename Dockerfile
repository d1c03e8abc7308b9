# syntax=docker/dockerfile:1
#
# One image per service, all from this file: `docker build --target <indexer|site|release> -t atlas-<target> .`
#   indexer  one-shot job: reads registry/, writes snapshot/ (what `npm run index` runs; RPC_URL_* at run time)
#   site     serves the built dist/ with the project's own static server (what `npm run serve` runs), health-checked
#   release  dist/ and dist.car built into the image; runs what `npm run release:deploy` runs, secrets from the env
# Every target runs as the unprivileged `node` user and starts its npm script's command with node itself, not
# through npm: npm runs scripts through `sh -c`, which does not pass SIGTERM on, so `docker stop`
# would orphan the server (scripts/container/entrypoints.test.ts checks that the commands match package.json
# and that SIGTERM stops the server). Run one-shot containers with `docker run --init`.
# No secret is ever an ARG or ENV here: pass them to `docker run --env-file` (see docs/devops.md).
#
# Base image: node:24-bookworm-slim pinned by its multi-arch index digest for Node 24.21.0 (the version the
# `node` devDependency pins). Docker cannot pull on the machine that wrote this line, so the digest was
# taken from public Dockerfiles using this tag, not from the registry itself: the lead refreshes and checks it
# with `docker buildx imagetools inspect node:24-bookworm-slim` (docs/devops.md). `npm run lint:containers`
# fails on any FROM without a digest.
FROM node:24-bookworm-slim@sha256:2fe369e969550cde8e867afc3fe370b260140cab4a23d467074295b42163d553 AS base
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app
# /app belongs to `node` so npm, Astro and the indexer can write there without root.
RUN chown node:node /app
USER node

# Production dependencies only: the indexer (ethers), the Astro build and the CAR (Helia) need nothing
# from devDependencies. Node itself comes from the base image, the same major the `node` devDependency pins.
# --ignore-scripts: the root `prepare` installs git hooks (no git here), and no production dependency needs
# its install script under Node (esbuild finds its platform package, the others only print or make browser files).
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

# The site's build: validate the registry, then build dist/ exactly as CI does. The sources belong to `node`
# because Astro may write next to them (type files), and the build runs as `node`.
FROM deps AS site-build
COPY --chown=node:node astro.config.mjs tsconfig.json ./
COPY --chown=node:node site site
COPY --chown=node:node registry registry
COPY --chown=node:node snapshot snapshot
COPY --chown=node:node indexer indexer
COPY --chown=node:node contracts-abi contracts-abi
COPY --chown=node:node scripts scripts
RUN npm run validate && npm run build

# indexer: `docker run --rm --init -e RPC_URL_ETHEREUM atlas-indexer [index arguments]`.
# Mount a volume on /app/snapshot to keep what it writes. `docker stop` sends SIGINT, which the indexer turns
# into a clean stop (every snapshot file already written is complete).
FROM deps AS indexer
COPY registry registry
COPY indexer indexer
COPY contracts-abi contracts-abi
COPY --chown=node:node snapshot snapshot
USER node
STOPSIGNAL SIGINT
ENTRYPOINT ["node", "indexer/cli.ts"]
CMD []

# site: only dist/ and the static server's own files; the server needs no npm package.
FROM base AS site
ENV HOST=0.0.0.0 \
    PORT=4321
COPY package.json ./
COPY scripts/serve.ts scripts/serve.ts
COPY scripts/serve scripts/serve
COPY scripts/ipfs/cliExitCode.ts scripts/ipfs/cliExitCode.ts
COPY indexer/errors indexer/errors
COPY --from=site-build /app/dist dist
USER node
EXPOSE 4321
# The slim image has no curl: Node's own fetch asks for / and fails on anything but a 2xx.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s --retries=3 \
    CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/serve.ts", "dist"]

# release: the CAR is built here, so its CID shows in the build log before anything is deployed. Whoever
# deploys names that CID (`docker run --rm --init --env-file release.env atlas-release --cid <cid>`), and
# release:deploy refuses a CAR whose root is another one. Pinning and ENS settings come from the env file.
FROM site-build AS release
RUN npm run car
USER node
ENTRYPOINT ["node", "scripts/release-deploy.ts", "--car", "dist.car"]
CMD []
