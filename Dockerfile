# One image for every service; docker-compose.yml picks the service with the command.
#
# Node 24 LTS: Node 20 reached end of life in April 2026 and Node 22 ends in April 2027, while
# Node 24 is maintained until April 2028. package.json's engines.node ("^20.19 || ^22.12 || >=24",
# the range every dependency supports — scripts/check-engines.mjs checks it) admits 24. CI runs
# on the development machines' Node (20.19+, inside the same range), so the image's Node is vouched
# for by every dependency's declared support rather than by CI. Both stages use the same Node so
# the packages `npm ci` installs match the runtime; `--build-arg NODE_IMAGE=…` picks another.
ARG NODE_IMAGE=node:24-bookworm-slim
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY schema ./schema
COPY scripts/prisma-generate.mjs scripts/build-console.mjs ./scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM ${NODE_IMAGE}
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
# A larger young generation: what a request allocates (~120 KB, graphql-js's and Apollo Server's
# objects) dies young, and fewer scavenges cost less. 32 MB semi-spaces measured 12-15 % less CPU
# per request on the tickets subgraph, for up to ~64 MB more heap per process (docs/performance.md).
# `npm run bench -- subgraph` runs its subgraph with these flags.
ENV NODE_OPTIONS="--max-semi-space-size=32"
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/package.json ./package.json
USER node
# e.g. `node dist/runtime/main.js tickets`, `node dist/scripts/migrate.js`
ENTRYPOINT ["node"]
CMD ["dist/runtime/main.js", "gateway"]
