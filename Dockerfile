# One image for every service; docker-compose.yml picks the service with the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY schema ./schema
COPY scripts/prisma-generate.mjs scripts/build-console.mjs ./scripts/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/package.json ./package.json
USER node
# e.g. `node dist/scripts/process.js tickets`, `node dist/scripts/migrate.js`
ENTRYPOINT ["node"]
CMD ["dist/scripts/process.js", "gateway"]
