# One image for every service of the federation; SERVICE_ENTRY picks which one runs.
# The pinned Node 24 comes from the lockfile (the `node` package), as on a developer machine.
FROM node:24-bookworm-slim AS base
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
RUN npm ci
COPY . .
# The gateway serves the pages (the dashboard, the embeddable mentor list) from web/dist.
RUN npm run build -w web
ENV HOST=0.0.0.0 NODE_ENV=production
USER node
CMD ["sh", "-c", "exec node --import tsx \"$SERVICE_ENTRY\""]
