-- frenemy store schema (DuckDB). Character offsets point into documents.full_text.
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    title VARCHAR,
    text VARCHAR,            -- cleaned body
    full_text VARCHAR,       -- title, blank line, body: what was parsed
    date DATE,
    url VARCHAR,
    outlet VARCHAR,
    source VARCHAR,          -- file it was read from
    content_hash VARCHAR,
    minhash UBIGINT[],
    duplicate_of VARCHAR,    -- near-duplicate of this earlier document (same wire story)
    duplicate_similarity DOUBLE,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
-- added later: stores made before it get the column on their next write
ALTER TABLE documents ADD COLUMN IF NOT EXISTS language VARCHAR;  -- ISO 639-1, 'und' if unsure
-- tone (frenemy.tone): % positive minus % negative words, -100..+100; NULL if not coded
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tone DOUBLE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tone_positive DOUBLE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tone_negative DOUBLE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS tone_words INTEGER;
CREATE TABLE IF NOT EXISTS removed (
    doc_id VARCHAR,
    reason VARCHAR,
    text VARCHAR
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR,
    sent_index INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    PRIMARY KEY (doc_id, sent_index)
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR,
    sent_index INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    code VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    kind VARCHAR,
    how VARCHAR,
    confidence DOUBLE,
    person_id VARCHAR
);
-- every sentence an event was read from (what `frenemy code` prints)
CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id VARCHAR PRIMARY KEY,
    event_id VARCHAR,        -- the document-level event it belongs to
    doc_id VARCHAR,
    sent_index INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    source_actor VARCHAR,
    target_actor VARCHAR,
    source_text VARCHAR,
    target_text VARCHAR,
    predicate VARCHAR,
    plover VARCHAR,
    cameo VARCHAR,
    confidence DOUBLE,
    sentence VARCHAR
);
-- one record per (document, source, target, PLOVER type), with its first evidence sentence
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    sent_index INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    date DATE,
    source_actor VARCHAR,
    target_actor VARCHAR,
    source_country VARCHAR,
    target_country VARCHAR,
    source_text VARCHAR,
    target_text VARCHAR,
    predicate VARCHAR,
    plover VARCHAR,
    cameo VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    confidence DOUBLE,
    mentions INTEGER,        -- sentences of the document that report it
    sentence VARCHAR
);
-- added with the event model: its probability (the frame's confidence when it is off) and
-- what decided the event ("frames" or "model:NAME@VERSION")
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS score DOUBLE;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS provenance VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS score DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS provenance VARCHAR;
-- where it happened (frenemy.locations), named as GDELT's ActionGeo_* columns in snake case
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_type INTEGER;       -- 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_full_name VARCHAR;  -- 'Baghdad, Iraq'
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_feature VARCHAR;    -- country, ADM1, region, city
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_iso3 VARCHAR;       -- ISO 3166-1 alpha-3
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_country_code VARCHAR;  -- FIPS 10-4, as GDELT
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_adm1_code VARCHAR;  -- FIPS country + GeoNames admin1
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_lat DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_long DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_feature_id VARCHAR;  -- GeoNames id, ADM1 or FIPS code
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_how VARCHAR;       -- locative phrase, sentence, target, paragraph, dateline
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_text VARCHAR;      -- the words naming the place
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_start INTEGER;     -- their offsets in full_text
ALTER TABLE events ADD COLUMN IF NOT EXISTS action_geo_end INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS tone DOUBLE;                   -- its document's tone (GDELT AvgTone)
-- who said what: one row per speech act (direct, indirect, block, according to)
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR,
    sent_index INTEGER,
    speaker VARCHAR,
    speaker_code VARCHAR,
    verb VARCHAR,
    kind VARCHAR,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    sentence VARCHAR,
    speaker_start INTEGER,   -- character span of the words naming the speaker here ("he"), -1 if none
    speaker_end INTEGER,
    speaker_text VARCHAR
);
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_end INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_text VARCHAR;
-- propositions put forward in a document, and the stances actors take on them
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR,
    text VARCHAR,
    sent_index INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    sentence VARCHAR,
    opposed VARCHAR[],       -- claim_ids in the same document this claim contradicts
    polarity VARCHAR,        -- '-' when the proposition is negated
    terms VARCHAR[]          -- content lemmas and actor countries, for matching across documents
);
ALTER TABLE claims ADD COLUMN IF NOT EXISTS polarity VARCHAR;
ALTER TABLE claims ADD COLUMN IF NOT EXISTS terms VARCHAR[];
CREATE TABLE IF NOT EXISTS positions (
    claim_id VARCHAR,
    doc_id VARCHAR,
    actor VARCHAR,
    actor_text VARCHAR,
    stance VARCHAR,          -- assert, support, deny, doubt
    sent_index INTEGER,
    sentence VARCHAR
);
-- the cross-document actor registry: every actor, how often and how it was coded
CREATE OR REPLACE VIEW actors AS
SELECT code,
       any_value(country) AS country,
       any_value(sector) AS sector,
       person_id,
       mode(text) AS name,
       count(*) AS mentions,
       count(DISTINCT doc_id) AS documents,
       string_agg(DISTINCT how, '; ' ORDER BY how) AS coded_by,
       round(avg(confidence), 2) AS confidence
FROM mentions
WHERE kind <> 'place'
GROUP BY code, person_id;
-- the same event reported by several documents: same actors and type within 2 days, linked
-- as one GDELT-style event with its counts of mentions, sources (outlets) and articles
CREATE OR REPLACE VIEW event_links AS
WITH ordered AS (
    SELECT e.*, d.outlet,
           date_diff('day', lag(e.date) OVER w, e.date) AS gap
    FROM events e JOIN documents d USING (doc_id)
    WINDOW w AS (PARTITION BY e.source_actor, e.target_actor, e.plover ORDER BY e.date, e.doc_id)
),
numbered AS (
    SELECT *, sum(CASE WHEN gap IS NULL OR gap > 2 THEN 1 ELSE 0 END) OVER (
        PARTITION BY source_actor, target_actor, plover ORDER BY date, doc_id
        ROWS UNBOUNDED PRECEDING) AS island
    FROM ordered
)
SELECT md5(concat_ws('|', source_actor, target_actor, plover, CAST(min(date) OVER (
           PARTITION BY source_actor, target_actor, plover, island) AS VARCHAR)))[:16] AS link_id,
       event_id, doc_id, date, source_actor, target_actor, source_country, target_country, plover,
       cameo, goldstein, quad_class,
       count(*) OVER (PARTITION BY source_actor, target_actor, plover, island) AS num_articles,
       count(DISTINCT outlet) OVER (PARTITION BY source_actor, target_actor, plover, island) AS num_sources,
       CAST(sum(mentions) OVER (PARTITION BY source_actor, target_actor, plover, island) AS INTEGER)
           AS num_mentions
FROM numbered;
