-- Where each page of a paged document (a PDF report) starts in its source's stored text, in code points, so that
-- a quote can be placed on its page. Empty for a text without pages.
ALTER TABLE "source" ADD COLUMN "page_starts" INTEGER[];
