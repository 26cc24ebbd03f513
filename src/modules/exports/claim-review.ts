// Claims as schema.org's ClaimReview, the format fact-checkers publish and search engines read (GET
// /export/claims.jsonld): a claim checked against the data is a ClaimReview of it (the verdict as reviewRating
// with SUPPORTED, CONTRADICTED or INCONCLUSIVE as alternateName, the figures per window in reviewBody, the dataset
// credited), and each fact-checker's review of it (imported) a ClaimReview as that fact-checker gave it; a claim
// neither checked nor reviewed is a Claim; each with its exact quotes as appearances in their sources.
// Read page by page through the schema, as the CSV lists are.

/** A claim as the page's selection returns it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = Record<string, any>;

export const CLAIM_REVIEW_QUERY = `query($filter: ClaimFilter, $after: String) { page: claims(filter: $filter, first: 50, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id statement validFrom validTo createdAt
    asserter { id name kind } asserterSource { id title url }
    about { role actor { id name kind } }
    citations { id quote stance source { id title url publisher publishedAt } }
    factChecks { reviewer reviewerUrl url publishedAt ratingValue bestRating worstRating ratingName ratingExplanation }
    check { verdict explanation fromYear toYear attribution dataset { id title url edition } periods { fromYear toYear share valuePerYear } } } } }`;

/** A rating on schema.org's 1 to 5 scale, for readers that want a number beside the verdict's name. */
const RATING_VALUE: Record<string, number> = { CONTRADICTED: 1, INCONCLUSIVE: 3, SUPPORTED: 5 };

/** Who says or is spoken of: a person, or an organisation (states and groups included). */
const party = (actor: Node) => ({ '@type': actor.kind === 'PERSON' ? 'Person' : 'Organization', name: actor.name });

/** Where the explorer shows a claim: the reader at its first quote, else the claims of its first actor. */
function pageOf(claim: Node, base: string): string {
  const citation = claim.citations[0];
  if (citation) return `${base}/explorer/source?id=${citation.source.id}&citation=${citation.id}`;
  return `${base}/explorer/actor?name=${encodeURIComponent(claim.about[0]?.actor.name ?? claim.asserter?.name ?? '')}#claims`;
}

/** The claim itself: its text, who made it, what it is about, and each quote in its source. */
function claimOf(claim: Node): Record<string, unknown> {
  const author = claim.asserter ? party(claim.asserter) : claim.asserterSource ? { '@type': 'Organization', name: claim.asserterSource.title } : undefined;
  return {
    '@type': 'Claim',
    '@id': `#claim-${claim.id}`,
    text: claim.statement,
    ...(author ? { author } : {}),
    ...(claim.validFrom ? { temporalCoverage: `${claim.validFrom}/${claim.validTo ?? '..'}` } : {}),
    // `about` takes one Thing in schema.org's JSON Schemas: the claim's subject (else its first actor); every actor
    // it names goes in `mentions`, which takes several.
    ...(claim.about.length > 0
      ? { about: party((claim.about.find((link: Node) => link.role === 'SUBJECT') ?? claim.about[0]).actor), mentions: claim.about.map((link: Node) => party(link.actor)) }
      : {}),
    ...(claim.citations.length > 0
      ? {
          appearance: claim.citations.map((citation: Node) => ({
            '@type': 'Quotation',
            text: citation.quote,
            isPartOf: {
              '@type': 'CreativeWork',
              name: citation.source.title,
              ...(citation.source.url ? { url: citation.source.url } : {}),
              ...(citation.source.publisher ? { publisher: { '@type': 'Organization', name: citation.source.publisher } } : {}),
              ...(citation.source.publishedAt ? { datePublished: citation.source.publishedAt } : {}),
            },
          })),
        }
      : {}),
  };
}

/** A window's figure as the review's body states it. */
const windowText = (period: Node) => `${period.fromYear}-${period.toYear}: ${period.share != null ? `${(period.share * 100).toFixed(1)}%` : period.valuePerYear}`;

/** A fact-checker's review of the claim, as the fact-checker gave it. */
function factCheckOf(claim: Node, check: Node): Record<string, unknown> {
  const rating = Object.fromEntries(
    Object.entries({ ratingValue: check.ratingValue, bestRating: check.bestRating, worstRating: check.worstRating, alternateName: check.ratingName, ratingExplanation: check.ratingExplanation }).filter(
      ([, value]) => value !== null,
    ),
  );
  return {
    '@type': 'ClaimReview',
    url: check.url,
    claimReviewed: claim.statement,
    ...(check.publishedAt ? { datePublished: check.publishedAt } : {}),
    author: { '@type': 'Organization', name: check.reviewer, ...(check.reviewerUrl ? { url: check.reviewerUrl } : {}) },
    itemReviewed: claimOf(claim),
    reviewRating: { '@type': 'Rating', ...rating },
  };
}

/** A claim as JSON-LD nodes: Dossier's ClaimReview when the data checked it, one for each fact-checker's review, else the Claim alone. */
export function claimReviewsOf(claim: Node, base: string, reviewedOn: string): Record<string, unknown>[] {
  const reviews = [...(claim.check ? [claimReviewOf(claim, base, reviewedOn)] : []), ...claim.factChecks.map((check: Node) => factCheckOf(claim, check))];
  return reviews.length > 0 ? reviews : [claimOf(claim)];
}

/** A claim as a JSON-LD node: a ClaimReview when the data checked it, else the Claim. */
export function claimReviewOf(claim: Node, base: string, reviewedOn: string): Record<string, unknown> {
  if (!claim.check) return claimOf(claim);
  const check = claim.check;
  return {
    '@type': 'ClaimReview',
    '@id': `#review-${claim.id}`,
    url: pageOf(claim, base),
    claimReviewed: claim.statement,
    datePublished: reviewedOn,
    author: { '@type': 'Organization', name: 'Dossier', url: base },
    itemReviewed: claimOf(claim),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUE[check.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: check.verdict,
      ratingExplanation: check.explanation,
    },
    reviewBody: `${check.explanation} Figures ${check.fromYear}-${check.toYear}: ${check.periods.map(windowText).join('; ')}. ${check.attribution}`,
    isBasedOn: {
      '@type': 'Dataset',
      name: check.dataset.title,
      ...(check.dataset.url ? { url: check.dataset.url } : {}),
      ...(check.dataset.edition ? { version: check.dataset.edition } : {}),
      creditText: check.attribution,
    },
    creditText: check.attribution,
  };
}
