-- 0040: the search index queue (SPEC A17, ARCHITECTURE "Search"): an append-only change
-- log with increasing ids, filled by triggers in the same transaction as the change.
-- The indexer (`portalctl index --follow`, the one Xapian writer) applies rows with an
-- id above the last one recorded in the index's metadata; every host can keep its own
-- index current from it, and `portalctl reindex` rebuilds one from the tables.
CREATE TABLE search_queue (
  id         BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind       ENUM('article','page') NOT NULL,
  item_id    INT UNSIGNED NOT NULL,
  site_id    INT UNSIGNED NOT NULL,
  queued_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_search_queue_queued (queued_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TRIGGER trg_articles_search_ins AFTER INSERT ON articles FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('article', NEW.id, NEW.site_id);
-- Only changes the index sees: view counts and ratings are updated every few seconds.
CREATE TRIGGER trg_articles_search_upd AFTER UPDATE ON articles FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'article', NEW.id, NEW.site_id FROM DUAL
  WHERE NOT (OLD.title <=> NEW.title AND OLD.summary <=> NEW.summary AND OLD.body <=> NEW.body
             AND OLD.slug <=> NEW.slug AND OLD.status <=> NEW.status
             AND OLD.published_at <=> NEW.published_at AND OLD.site_id <=> NEW.site_id);
CREATE TRIGGER trg_articles_search_del AFTER DELETE ON articles FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('article', OLD.id, OLD.site_id);
CREATE TRIGGER trg_pages_search_ins AFTER INSERT ON pages FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('page', NEW.id, NEW.site_id);
CREATE TRIGGER trg_pages_search_upd AFTER UPDATE ON pages FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('page', NEW.id, NEW.site_id);
CREATE TRIGGER trg_pages_search_del AFTER DELETE ON pages FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('page', OLD.id, OLD.site_id);
