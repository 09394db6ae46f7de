-- 0002: what the home page and the media pages show (SPEC A1–A4, A13, A16):
-- per-site look, announcements, links, visitor counters, uploaded media with their
-- thumbnails, article galleries and videos, photo albums, videos, star ratings, and the
-- organisation chart.

-- Each site has its own colours and banner (B20: "each site has its own ... banner,
-- colours"). Colours are one of the palettes of portal.css (.theme-<code>), each checked
-- for WCAG AA contrast, rather than free values that could fail it.
ALTER TABLE sites
  ADD COLUMN theme       VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'xanh-duong' AFTER welcome,
  ADD COLUMN banner_path VARCHAR(255) NULL AFTER theme,
  ADD COLUMN banner_alt  VARCHAR(255) NOT NULL DEFAULT '' AFTER banner_path,
  -- Visits counted so far; increased in batches by the portal (no write per request).
  ADD COLUMN visit_total BIGINT UNSIGNED NOT NULL DEFAULT 0;

-- A category whose articles are announcements (thông báo) fills the home page's
-- announcement block.
ALTER TABLE categories
  ADD COLUMN is_notice TINYINT(1) NOT NULL DEFAULT 0;

-- Visits per site and day (Asia/Ho_Chi_Minh days), added to in batches.
CREATE TABLE site_visits (
  site_id   INT UNSIGNED NOT NULL,
  day       DATE         NOT NULL,
  visits    INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, day),
  CONSTRAINT fk_site_visits_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Visitors seen in the last minutes, per site and per app host, so that several hosts
-- add up (ARCHITECTURE: no state another host would need stays in one process).
CREATE TABLE site_online (
  site_id    INT UNSIGNED NOT NULL,
  host       VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  visitors   INT UNSIGNED NOT NULL DEFAULT 0,
  updated_at DATETIME     NOT NULL,
  PRIMARY KEY (site_id, host),
  CONSTRAINT fk_site_online_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A site's own main menu (nested, ordered). A site without rows gets the default menu.
CREATE TABLE menu_items (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  parent_id   INT UNSIGNED NULL,
  label       VARCHAR(100) NOT NULL,
  -- A path inside the site ("/tin-tuc/thong-bao") or an absolute https URL.
  url         VARCHAR(1000) NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  KEY ix_menu_items_site (site_id, sort_order),
  CONSTRAINT fk_menu_items_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_menu_items_parent FOREIGN KEY (parent_id) REFERENCES menu_items (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Links (liên kết): the superior Sở and Bộ, resource sites, other useful addresses.
-- Member units' sites come from the sites table itself.
CREATE TABLE links (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  group_name  VARCHAR(100) NOT NULL,
  title       VARCHAR(255) NOT NULL,
  url         VARCHAR(1000) NOT NULL,
  description VARCHAR(500) NOT NULL DEFAULT '',
  sort_order  INT          NOT NULL DEFAULT 0,
  on_home     TINYINT(1)   NOT NULL DEFAULT 1,
  KEY ix_links_site (site_id, sort_order),
  CONSTRAINT fk_links_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Uploaded files. Stored under the data folder with random names, never the uploaded
-- name; images have thumbnails beside them ("<path>-<width>.jpg") in the widths the
-- public pages use.
CREATE TABLE media (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id       INT UNSIGNED NOT NULL,
  kind          ENUM('image','video','file') NOT NULL,
  -- Relative to the uploads folder, e.g. "2026/11/3f9c…a1.jpg".
  path          VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  original_name VARCHAR(255) NOT NULL,
  mime_type     VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size_bytes    BIGINT UNSIGNED NOT NULL,
  sha256        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  width         INT UNSIGNED NULL,
  height        INT UNSIGNED NULL,
  -- Widths of the thumbnails made, e.g. "320,640,1024".
  thumb_widths  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  alt           VARCHAR(255) NOT NULL DEFAULT '',
  created_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_media_path (path),
  KEY ix_media_site (site_id, created_at),
  KEY ix_media_sha (sha256),
  CONSTRAINT fk_media_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

ALTER TABLE articles
  ADD COLUMN cover_media_id INT UNSIGNED NULL AFTER cover_alt,
  -- An embedded video: a YouTube id (shown through youtube-nocookie) or an uploaded MP4.
  ADD COLUMN youtube_id     VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN video_media_id INT UNSIGNED NULL,
  ADD COLUMN rating_sum     INT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN rating_count   INT UNSIGNED NOT NULL DEFAULT 0,
  ADD CONSTRAINT fk_articles_cover FOREIGN KEY (cover_media_id) REFERENCES media (id),
  ADD CONSTRAINT fk_articles_video FOREIGN KEY (video_media_id) REFERENCES media (id);

-- The photos of an article's gallery.
CREATE TABLE article_photos (
  article_id  INT UNSIGNED NOT NULL,
  media_id    INT UNSIGNED NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  caption     VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (article_id, media_id),
  KEY ix_article_photos_order (article_id, sort_order),
  CONSTRAINT fk_article_photos_article FOREIGN KEY (article_id) REFERENCES articles (id),
  CONSTRAINT fk_article_photos_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One vote per visitor per article (a random visitor cookie, hashed), no sign-in; the
-- address hash limits how many votes one address may cast.
CREATE TABLE article_ratings (
  article_id    INT UNSIGNED NOT NULL,
  visitor_hash  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  address_hash  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  stars         TINYINT UNSIGNED NOT NULL,
  created_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  PRIMARY KEY (article_id, visitor_hash),
  KEY ix_article_ratings_address (address_hash, created_at),
  CONSTRAINT fk_article_ratings_article FOREIGN KEY (article_id) REFERENCES articles (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Photo albums of events (SPEC A13).
CREATE TABLE albums (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id        INT UNSIGNED NOT NULL,
  title          VARCHAR(255) NOT NULL,
  slug           VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  description    TEXT         NOT NULL,
  event_date     DATE         NULL,
  cover_media_id INT UNSIGNED NULL,
  published_at   DATETIME     NULL,
  KEY ix_albums_site (site_id, published_at, id),
  CONSTRAINT fk_albums_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_albums_cover FOREIGN KEY (cover_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE album_photos (
  album_id    INT UNSIGNED NOT NULL,
  media_id    INT UNSIGNED NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  caption     VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (album_id, media_id),
  KEY ix_album_photos_order (album_id, sort_order),
  CONSTRAINT fk_album_photos_album FOREIGN KEY (album_id) REFERENCES albums (id),
  CONSTRAINT fk_album_photos_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Videos of events: a YouTube id or an uploaded MP4.
CREATE TABLE videos (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id        INT UNSIGNED NOT NULL,
  title          VARCHAR(255) NOT NULL,
  slug           VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  description    TEXT         NOT NULL,
  youtube_id     VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  media_id       INT UNSIGNED NULL,
  poster_media_id INT UNSIGNED NULL,
  published_at   DATETIME     NULL,
  KEY ix_videos_site (site_id, published_at, id),
  CONSTRAINT fk_videos_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_videos_media FOREIGN KEY (media_id) REFERENCES media (id),
  CONSTRAINT fk_videos_poster FOREIGN KEY (poster_media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The organisation chart (cơ cấu tổ chức), drawn from data: units in a tree, each with
-- its staff from the directory.
CREATE TABLE org_units (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  parent_id   INT UNSIGNED NULL,
  name        VARCHAR(255) NOT NULL,
  duties      TEXT         NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  KEY ix_org_units_site (site_id, sort_order),
  CONSTRAINT fk_org_units_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_org_units_parent FOREIGN KEY (parent_id) REFERENCES org_units (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

ALTER TABLE staff
  ADD COLUMN org_unit_id INT UNSIGNED NULL,
  ADD CONSTRAINT fk_staff_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_units (id);
