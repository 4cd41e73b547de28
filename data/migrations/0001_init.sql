-- Schema version 1: the whole model of a Dossier collection.
-- Later versions add behaviour through new files; they do not reshape these.

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',
    published     TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD, '' when undated
    source        TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    location      TEXT NOT NULL DEFAULT '',   -- filing place (dateline or dataset column)
    content_hash  TEXT NOT NULL UNIQUE,       -- sha256 of the normalised text: exact-duplicate key
    simhash       INTEGER NOT NULL DEFAULT 0, -- near-duplicate fingerprint
    copy_of       INTEGER REFERENCES articles(id) ON DELETE SET NULL, -- near-duplicate group leader
    needs_ocr     INTEGER NOT NULL DEFAULT 0,
    starred       INTEGER NOT NULL DEFAULT 0,
    user_edited   TEXT NOT NULL DEFAULT '',   -- comma list of fields the user edited; re-import keeps them
    extracted_at  TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_copy_of ON articles(copy_of);

-- Every path an article was imported from (exact duplicates add rows here).
CREATE TABLE article_paths (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    path        TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX article_paths_article ON article_paths(article_id);

-- Every file an import has finished reading, so that importing the same
-- folder again skips what has not changed (by size and modification time).
CREATE TABLE import_files (
    path        TEXT PRIMARY KEY,
    file_size   INTEGER NOT NULL,
    file_mtime  INTEGER NOT NULL,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

-- Metadata without a column of its own. Duplicate rows that disagree keep
-- every value: (article, key, value) is unique, not (article, key).
CREATE TABLE article_attrs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (article_id, key, value)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('PERSON','ORG','PLACE')),
    norm_key    TEXT NOT NULL,             -- transliteration-folded key of the name
    hidden      INTEGER NOT NULL DEFAULT 0, -- "not an entity"
    watched     INTEGER NOT NULL DEFAULT 0, -- on the user's watchlist
    user_edited INTEGER NOT NULL DEFAULT 0,
    latitude    REAL,
    longitude   REAL,
    country     TEXT NOT NULL DEFAULT '',
    UNIQUE (norm_key, type)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE aliases (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    norm_key  TEXT NOT NULL,
    origin    TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted','user')),
    UNIQUE (entity_id, name)
);
CREATE INDEX aliases_norm ON aliases(norm_key);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE timexes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('DATE','TIME','DURATION','SET')),
    value      TEXT NOT NULL DEFAULT '',
    mod        TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 1
);
CREATE INDEX timexes_article ON timexes(article_id);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL DEFAULT 0,
    end        INTEGER NOT NULL DEFAULT 0,
    date       TEXT NOT NULL,               -- YYYY-MM-DD (first day of the period)
    precision  TEXT NOT NULL DEFAULT 'day' CHECK (precision IN ('day','week','month','year')),
    summary    TEXT NOT NULL DEFAULT '',
    sentence   TEXT NOT NULL DEFAULT '',
    caption    INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 1,
    status     TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted','edited','manual','reviewed')),
    cluster_id INTEGER,                     -- same real-world event told by several articles
    fatalities INTEGER,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE event_participants (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('actor','place')),
    PRIMARY KEY (event_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);
CREATE TABLE event_tags (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    event_id   INTEGER REFERENCES events(id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    CHECK (article_id IS NOT NULL OR event_id IS NOT NULL)
);

-- The user's own lists: names always found (watch) or never again (reject).
CREATE TABLE entity_rules (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('watch','reject')),
    name     TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    type     TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, norm_key)
);

-- Every correction, in order, with what is needed to undo it.
CREATE TABLE history (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    action  TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',   -- JSON: before and after
    undone  INTEGER NOT NULL DEFAULT 0
);
