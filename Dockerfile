# Xieshang server image (sample). Build: docker build -t xieshang .
# Stage 1 builds the server and the web client; stage 2 is the runtime (production dependencies only,
# non-root); the `web` stage is nginx with the built web client, for compose.yaml.
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:server && npm run build:web && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/var/lib/xieshang
WORKDIR /app
# The node user (uid 1000) owns only the data directory; the code stays read-only to it.
RUN mkdir -p /var/lib/xieshang && chown node:node /var/lib/xieshang
COPY --from=build /src/package.json ./
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/apps/web/dist ./apps/web/dist
COPY --from=build /src/config ./config
USER node
EXPOSE 3000
# Liveness only: readiness (/health/ready) is for the proxy, and a database outage must not restart the app.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "dist/apps/server/src/main.js"]

FROM nginx:1.27-bookworm AS web
COPY --from=build /src/apps/web/dist /usr/share/xieshang/web
COPY deploy/nginx/xieshang.conf.template /etc/nginx/templates/default.conf.template
