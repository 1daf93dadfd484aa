# Quire: the static notebook app behind its token server.
#   docker build -t quire .
#   docker run -p 8888:8888 quire          # the log prints http://127.0.0.1:8888/?token=…
#   docker run -p 5000:8888 -e QUIRE_TOKEN=my-secret quire   # fixed token, host port 5000

# Build stage: dev dependencies, the WASM core, the Vite build and the compiled server.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: the static build, the compiled server and production dependencies only.
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    QUIRE_IP=0.0.0.0 \
    QUIRE_PORT=8888
WORKDIR /app
# package.json also tells Node that build/server/*.js are ES modules.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/build/server ./build/server
USER node
EXPOSE 8888
# slim has no curl: ask the health endpoint with Node's own fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.QUIRE_PORT || 8888) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1: the server installs its own SIGTERM/SIGINT handlers, so `docker stop` ends it at once.
STOPSIGNAL SIGTERM
CMD ["node", "build/server/main.js", "--no-build"]
