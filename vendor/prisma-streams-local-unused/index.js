// See package.json: `prisma dev` is not available in Dossier's installs.
throw new Error('@prisma/streams-local is not installed in Dossier (only `prisma dev` needs it); see README, Dependencies');
