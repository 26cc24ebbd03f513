// The three requests the benchmark drives, as GraphQL for the service and as one hand-written SQL statement
// each for the raw baseline; both answer the same JSON (the benchmark checks it before measuring).

export interface BenchQuery {
  /** The letter BENCH_ONLY selects it by. */
  letter: string;
  name: string;
  graphql: string;
  /** One statement returning one row with one column, `data`: the JSON the service answers under `data`. */
  sql: string;
  /** Throughput the service should reach, as a share of the raw server's, and of PostGraphile's where it runs. */
  targets: { raw: number; postgraphile?: number };
  /**
   * The same request to PostGraphile v5 (amber preset), where it can express it, with `{{Name}}` for an actor's id
   * (PostGraphile knows rows by key, not by name), and the mapping of its answer onto Dossier's `data`.
   */
  postgraphile?: { graphql: string; toDossier: (data: any) => unknown };
}

type Row = Record<string, any>;

/** The actor id for a name, alias or ISO code, as the service resolves it. */
const actorId = (param: string) => `(SELECT id FROM (
    SELECT id FROM actor WHERE name_key = lower(trim(${param}))
    UNION ALL SELECT actor_id FROM actor_alias WHERE alias_key = lower(trim(${param}))
    UNION ALL SELECT id FROM actor WHERE iso_code = trim(${param})) found ORDER BY id LIMIT 1)`;

const aliases = (actor: string) =>
  `(SELECT COALESCE(json_agg(al.alias ORDER BY al.id), '[]'::json) FROM actor_alias al WHERE al.actor_id = ${actor}.id AND al.kind = 'ALIAS')`;

export const BENCH_QUERIES: BenchQuery[] = [
  {
    letter: 'a',
    name: "(a) India's 100 latest imports, suppliers with aliases",
    targets: { raw: 0.7, postgraphile: 1.3 },
    postgraphile: {
      graphql: `{ allArmsTransfers(condition: { recipientId: {{India}} }, orderBy: [DELIVERY_YEAR_DESC, PRIMARY_KEY_DESC], first: 100) {
        nodes { deliveryYear designation tivDelivered actorBySupplierId { name actorAliasesByActorId(condition: { kind: ALIAS }, orderBy: PRIMARY_KEY_ASC) { nodes { alias } } } } } }`,
      toDossier: (data) => ({ armsTransfers: { nodes: data.allArmsTransfers.nodes.map((node: Row) => ({
        deliveryYear: node.deliveryYear, designation: node.designation, tivDelivered: node.tivDelivered,
        supplier: { name: node.actorBySupplierId.name, aliases: node.actorBySupplierId.actorAliasesByActorId.nodes.map((alias: Row) => alias.alias) },
      })) } }),
    },
    graphql: `{ armsTransfers(filter: { recipient: "India" }, orderBy: DELIVERY_YEAR_DESC, first: 100) {
      nodes { deliveryYear designation tivDelivered supplier { name aliases } } } }`,
    sql: `SELECT json_build_object('armsTransfers', json_build_object('nodes', COALESCE(json_agg(json_build_object(
        'deliveryYear', t.delivery_year, 'designation', t.designation, 'tivDelivered', t.tiv_delivered,
        'supplier', json_build_object('name', s.name, 'aliases', ${aliases('s')})) ORDER BY t.delivery_year DESC, t.id DESC), '[]'::json))) AS data
      FROM (SELECT * FROM arms_transfer WHERE recipient_id = ${actorId("'India'")} ORDER BY delivery_year DESC, id DESC LIMIT 100) t
      JOIN actor s ON s.id = t.supplier_id`,
  },
  {
    letter: 'b',
    targets: { raw: 0.9 },
    name: '(b) armsSupplyTrend Russia -> India, 2000-2023 in 5-year periods, by category',
    graphql: `{ armsSupplyTrend(supplier: "Russia", recipient: "India", fromYear: 2000, toYear: 2023, periodYears: 5) {
      periods { fromYear toYear tiv recipientTotalTiv share byCategory { category tiv } } } }`,
    sql: `WITH ids AS (SELECT ${actorId("'Russia'")} AS supplier_id, ${actorId("'India'")} AS recipient_id),
      periods AS (SELECT p AS from_year, LEAST(p + 4, 2023) AS to_year FROM generate_series(2000, 2023, 5) AS p),
      deliveries AS (
        SELECT 2000 + ((t.delivery_year - 2000) / 5) * 5 AS period_from, t.category, t.tiv_delivered,
          t.supplier_id = ids.supplier_id AS from_supplier
        FROM arms_transfer t, ids WHERE t.recipient_id = ids.recipient_id AND t.delivery_year BETWEEN 2000 AND 2023),
      sums AS (
        SELECT period_from, sum(tiv_delivered) FILTER (WHERE from_supplier) AS tiv, sum(tiv_delivered) AS total
        FROM deliveries GROUP BY period_from),
      categories AS (
        SELECT period_from, json_agg(json_build_object('category', category, 'tiv', tiv) ORDER BY tiv DESC, category) AS by_category
        FROM (SELECT period_from, category, sum(tiv_delivered) AS tiv FROM deliveries WHERE from_supplier GROUP BY period_from, category) c
        GROUP BY period_from),
      per_period AS (
        SELECT p.from_year, p.to_year, COALESCE(s.tiv, 0) AS tiv, COALESCE(s.total, 0) AS total, COALESCE(c.by_category, '[]'::json) AS by_category
        FROM periods p LEFT JOIN sums s ON s.period_from = p.from_year LEFT JOIN categories c ON c.period_from = p.from_year)
      SELECT json_build_object('armsSupplyTrend', json_build_object('periods', json_agg(json_build_object(
        'fromYear', pp.from_year, 'toYear', pp.to_year, 'tiv', pp.tiv, 'recipientTotalTiv', pp.total,
        'share', CASE WHEN pp.total > 0 THEN pp.tiv / pp.total ELSE 0 END,
        'byCategory', pp.by_category) ORDER BY pp.from_year))) AS data
      FROM per_period pp`,
  },
  {
    letter: 'c',
    targets: { raw: 0.8 },
    name: "(c) Russia's relations page: aliases, president, events, claims with citations, counterparts",
    graphql: `{ actor(name: "Russia") { name kind aliases
      members(at: "2025-12-04") { role member { name } }
      events(first: 20) { role event { title startDate } }
      claimsAbout(first: 20) { statement citations { quote source { title } } }
      counterparts(first: 10) { links actor { name } } } }`,
    sql: `WITH me AS (SELECT * FROM actor WHERE id = ${actorId("'Russia'")}),
      claim_actors AS (SELECT claim_id, actor_id FROM claim_actor UNION SELECT id, asserter_id FROM claim WHERE asserter_id IS NOT NULL),
      links AS (
        SELECT o.actor_id AS other_id, count(DISTINCT a.event_id) AS n FROM me
          JOIN event_participant a ON a.actor_id = me.id JOIN event_participant o ON o.event_id = a.event_id AND o.actor_id <> me.id GROUP BY o.actor_id
        UNION ALL
        SELECT o.actor_id, count(DISTINCT a.claim_id) FROM me
          JOIN claim_actors a ON a.actor_id = me.id JOIN claim_actors o ON o.claim_id = a.claim_id AND o.actor_id <> me.id GROUP BY o.actor_id
        UNION ALL
        SELECT other_id, count(DISTINCT deal_id) FROM (
          SELECT recipient_id AS other_id, deal_id FROM arms_transfer, me WHERE supplier_id = me.id
          UNION ALL SELECT supplier_id, deal_id FROM arms_transfer, me WHERE recipient_id = me.id) trade, me
        WHERE other_id <> me.id GROUP BY other_id),
      counterparts AS (SELECT other_id, sum(n)::int AS links FROM links GROUP BY other_id ORDER BY sum(n) DESC, other_id LIMIT 10)
      SELECT json_build_object('actor', json_build_object(
        'name', me.name, 'kind', me.kind, 'aliases', ${aliases('me')},
        'members', (SELECT COALESCE(json_agg(json_build_object('role', f.role, 'member', json_build_object('name', m.name)) ORDER BY f.start_date DESC, f.id), '[]'::json)
          FROM affiliation f JOIN actor m ON m.id = f.member_id
          WHERE f.organisation_id = me.id AND (f.start_date IS NULL OR f.start_date <= '2025-12-04') AND (f.end_date IS NULL OR f.end_date >= '2025-12-04')),
        'events', (SELECT COALESCE(json_agg(json_build_object('role', x.role, 'event', json_build_object('title', x.title, 'startDate', x.start_date)) ORDER BY x.start_date DESC, x.id DESC, x.role), '[]'::json)
          FROM (SELECT p.role, e.id, e.title, e.start_date FROM event_participant p JOIN event e ON e.id = p.event_id
                WHERE p.actor_id = me.id ORDER BY e.start_date DESC, e.id DESC, p.role LIMIT 20) x),
        'claimsAbout', (SELECT COALESCE(json_agg(json_build_object('statement', c.statement, 'citations',
            (SELECT COALESCE(json_agg(json_build_object('quote', ci.quote, 'source', json_build_object('title', s.title)) ORDER BY ci.id), '[]'::json)
             FROM citation ci JOIN source s ON s.id = ci.source_id WHERE ci.claim_id = c.id)) ORDER BY c.id DESC), '[]'::json)
          FROM (SELECT claim_id FROM claim_actor WHERE actor_id = me.id ORDER BY claim_id DESC LIMIT 20) ca JOIN claim c ON c.id = ca.claim_id),
        'counterparts', (SELECT json_agg(json_build_object('links', cp.links, 'actor', json_build_object('name', o.name)) ORDER BY cp.links DESC, cp.other_id)
          FROM counterparts cp JOIN actor o ON o.id = cp.other_id))) AS data
      FROM me`,
  },
  {
    letter: 'd',
    name: "(d) Russia's 50 latest exports with their recipients",
    targets: { raw: 0.7, postgraphile: 1.3 },
    graphql: `{ armsTransfers(filter: { supplier: "Russia" }, orderBy: DELIVERY_YEAR_DESC, first: 50) {
      nodes { deliveryYear designation category numberDelivered tivDelivered recipient { name } } } }`,
    sql: `SELECT json_build_object('armsTransfers', json_build_object('nodes', COALESCE(json_agg(json_build_object(
        'deliveryYear', t.delivery_year, 'designation', t.designation, 'category', t.category, 'numberDelivered', t.number_delivered,
        'tivDelivered', t.tiv_delivered, 'recipient', json_build_object('name', r.name)) ORDER BY t.delivery_year DESC, t.id DESC), '[]'::json))) AS data
      FROM (SELECT * FROM arms_transfer WHERE supplier_id = ${actorId("'Russia'")} ORDER BY delivery_year DESC, id DESC LIMIT 50) t
      JOIN actor r ON r.id = t.recipient_id`,
    postgraphile: {
      graphql: `{ allArmsTransfers(condition: { supplierId: {{Russia}} }, orderBy: [DELIVERY_YEAR_DESC, PRIMARY_KEY_DESC], first: 50) {
        nodes { deliveryYear designation category numberDelivered tivDelivered actorByRecipientId { name } } } }`,
      toDossier: (data) => ({ armsTransfers: { nodes: data.allArmsTransfers.nodes.map((node: Row) => ({
        deliveryYear: node.deliveryYear, designation: node.designation, category: node.category, numberDelivered: node.numberDelivered,
        tivDelivered: node.tivDelivered, recipient: { name: node.actorByRecipientId.name },
      })) } }),
    },
  },
];
