-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('ALIAS', 'DEMONYM');

-- AlterTable
ALTER TABLE "actor_alias" ADD COLUMN     "kind" "AliasKind" NOT NULL DEFAULT 'ALIAS';
