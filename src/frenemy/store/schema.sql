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
