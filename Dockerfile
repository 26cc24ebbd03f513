# Dossier service image. Migrations are applied on start (src/main.ts).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://localhost:4000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A bounded heap, as `npm start` runs it: V8 collects sooner instead of growing while memory is plentiful.
CMD ["node", "--max-old-space-size=192", "dist/src/main.js"]
