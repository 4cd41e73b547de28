-- Schema version 2: what search needs to stay fast on large collections.

-- How many articles contain a term, read without ranking anything: search
-- uses it to decide whether ranking every match of a query is affordable.
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, row);

-- Lets the approximate-matching index read every title without reading
-- every article body (a covering index scan instead of a table scan).
CREATE INDEX articles_title ON articles(title);
