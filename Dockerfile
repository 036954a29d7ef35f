# One image for every service of the federation; SERVICE_ENTRY picks which one runs (its compiled entry under dist/).
# Built in one stage with the whole toolchain (the pinned Node 24 of the lockfile, tsc, turbo, vite); the image that
# runs keeps only the production dependencies and plain Node running JavaScript: no tsx, no compiler.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY platform/package.json platform/
COPY sources/package.json sources/
COPY gateway/package.json gateway/
COPY web/package.json web/
COPY subgraphs/registry/package.json subgraphs/registry/
COPY subgraphs/mentoring/package.json subgraphs/mentoring/
COPY subgraphs/planning/package.json subgraphs/planning/
COPY subgraphs/analytics/package.json subgraphs/analytics/
COPY bench/package.json bench/
COPY examples/neighbour-region/package.json examples/neighbour-region/
RUN npm ci
COPY . .
# tsc writes each package's dist/ (services, migrations); vite writes web/dist, the pages the gateway serves.
RUN npm run build
RUN npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
# The condition resolves @mentoring/* packages to their dist/ files (their default exports are the TypeScript sources).
ENV HOST=0.0.0.0 NODE_ENV=production NODE_OPTIONS=--conditions=@mentoring/compiled
USER node
# Type stripping off: a TypeScript source reached by mistake fails the start instead of running uncompiled.
CMD ["sh", "-c", "exec node --no-experimental-strip-types \"$SERVICE_ENTRY\""]
