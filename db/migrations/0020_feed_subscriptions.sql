-- 0020: news imported from the superior office's RSS or Atom feed (seed 000 Điều 3
-- khoản 7: "tích hợp và lấy tin tự động từ trang website của Sở Giáo dục và Đào tạo"),
-- fetched by `portalctl feeds fetch`; and the index that sitemap pages walk.

-- A site's subscription to one feed; its items are filed as articles of `category_id`
-- (a category of the same site), as drafts for the editors or published at once.
CREATE TABLE feed_subscriptions (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id         INT UNSIGNED NOT NULL,
  -- http or https only; non-ASCII characters are stored percent-encoded.
  url             VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  category_id     INT UNSIGNED NOT NULL,
  name            VARCHAR(255) NOT NULL,
  publish_mode    ENUM('draft','published') NOT NULL DEFAULT 'draft',
  active          TINYINT(1)   NOT NULL DEFAULT 1,
  last_fetched_at DATETIME     NULL,
  -- The outcome of the last fetch, in Vietnamese, as `feeds list` shows it.
  last_status     VARCHAR(500) NOT NULL DEFAULT '',
  created_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_feed_subscriptions_site_url (site_id, url),
  KEY ix_feed_subscriptions_active (active, id),
  CONSTRAINT fk_feed_subscriptions_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_feed_subscriptions_category FOREIGN KEY (category_id) REFERENCES categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every feed item a site has filed, so that no item is filed twice, however the feed
-- re-orders or re-sends it. An item is recorded under each identity it has: its guid
-- (Atom: id) and its link; one match on either makes it a duplicate. Kept per site, not
-- per subscription, so two feeds that carry the same item file it once.
CREATE TABLE feed_items_seen (
  site_id         INT UNSIGNED NOT NULL,
  -- SHA-256 of "guid:<guid>", "link:<absolute url>" or, with neither, "title:<title>\n<date>".
  item_hash       BINARY(32)   NOT NULL,
  subscription_id INT UNSIGNED NULL,
  -- The article the item was filed as. Not a foreign key: when an editor deletes the
  -- imported article, the item stays seen and does not come back.
  article_id      INT UNSIGNED NULL,
  seen_at         DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  PRIMARY KEY (site_id, item_hash),
  KEY ix_feed_items_seen_subscription (subscription_id, seen_at),
  CONSTRAINT fk_feed_items_seen_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_feed_items_seen_subscription FOREIGN KEY (subscription_id)
    REFERENCES feed_subscriptions (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Sitemap pages walk a site's published articles by id (keyset), 10,000 at a time: a
-- page costs the same at article 1 or 1,000,000.
ALTER TABLE articles ADD KEY ix_articles_site_status_id (site_id, status, id);
