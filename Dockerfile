# OpenCode Portal image: the static build served by unprivileged nginx with the project's
# nginx.conf. config.json is written at start from OPENCODE_SERVER_* (docker/entrypoint.sh).
#
#   docker build -t opencode-portal .
#   docker build --build-arg PORTAL_BASE=/portal/ -t opencode-portal:portal .   # sub-path build
#   docker run --rm -p 3000:8080 -e OPENCODE_SERVER_1_NAME=Alpha \
#     -e OPENCODE_SERVER_1_URL=http://localhost:4001 opencode-portal

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so source edits reuse the cached install layer.
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# Base path the app is served under ("/" or e.g. "/portal/"); read by vite.config.ts.
ARG PORTAL_BASE=/
ENV PORTAL_BASE=${PORTAL_BASE}
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.30-alpine AS serve
# The base image already runs as the unprivileged nginx user (uid 101); root only for setup.
USER root
COPY nginx.conf /etc/nginx/nginx.conf
COPY docker/entrypoint.sh /usr/local/bin/portal-entrypoint
COPY --from=build /app/dist/ /usr/share/nginx/html/
# The entrypoint writes config.json into the web root; group 0 keeps that working when a
# platform (OpenShift) runs the container under a random uid.
RUN chmod 0755 /usr/local/bin/portal-entrypoint \
    && chown 101:0 /usr/share/nginx/html \
    && chmod 0775 /usr/share/nginx/html
USER 101
# Fail the build on a broken nginx.conf; drop the temp dirs the check creates so any uid can
# create its own at run time.
RUN nginx -t && rm -rf /tmp/*_temp
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/portal-entrypoint"]
CMD ["nginx", "-g", "daemon off;"]
