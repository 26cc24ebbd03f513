-- AlterTable
ALTER TABLE "source" ADD COLUMN     "original_length" INTEGER,
ADD COLUMN     "repeated_paragraphs" INTEGER NOT NULL DEFAULT 0;
