-- 0081: news sent up from a school to the office (SPEC B21, seed 000 Điều 6.1.1), the
-- internal portal (cổng nội bộ, "lớp 2", SPEC B23, seed 001 Điều 15) and the resources
-- library (thư viện: giáo án, đề thi, sáng kiến kinh nghiệm, tư liệu; SPEC A12).

-- A school's published article proposed to its parent site. Accepting copies it into the
-- office as a new article that enters the office's approval chain (office_article_id).
CREATE TABLE news_proposals (
  id                INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id        INT UNSIGNED NOT NULL,
  from_site_id      INT UNSIGNED NOT NULL,
  to_site_id        INT UNSIGNED NOT NULL,
  status            ENUM('pending','accepted','returned') NOT NULL DEFAULT 'pending',
  proposed_by       INT UNSIGNED NULL,
  proposed_by_name  VARCHAR(255) NOT NULL DEFAULT '',
  proposed_at       DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  note              VARCHAR(1000) NOT NULL DEFAULT '',
  decided_by        INT UNSIGNED NULL,
  decided_by_name   VARCHAR(255) NOT NULL DEFAULT '',
  decided_at        DATETIME     NULL,
  reason            VARCHAR(1000) NOT NULL DEFAULT '',
  office_article_id INT UNSIGNED NULL,
  KEY ix_news_proposals_to (to_site_id, status, id),
  KEY ix_news_proposals_from (from_site_id, id),
  KEY ix_news_proposals_article (article_id),
  KEY ix_news_proposals_office_article (office_article_id),
  CONSTRAINT fk_news_proposals_article FOREIGN KEY (article_id) REFERENCES articles (id),
  CONSTRAINT fk_news_proposals_from FOREIGN KEY (from_site_id) REFERENCES sites (id),
  CONSTRAINT fk_news_proposals_to FOREIGN KEY (to_site_id) REFERENCES sites (id),
  CONSTRAINT fk_news_proposals_office_article FOREIGN KEY (office_article_id) REFERENCES articles (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Internal portal items: news, schedule items and Q&A for signed-in staff only. Kept in
-- their own table so no public query (pages, feeds, sitemap, search index) can ever
-- reach them. shared_down: an office item every site of its subtree sees.
CREATE TABLE internal_posts (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      INT UNSIGNED NOT NULL,
  kind         ENUM('tin','lich','hoi-dap') NOT NULL DEFAULT 'tin',
  title        VARCHAR(500) NOT NULL,
  -- Sanitised HTML (allowlist) only.
  body         MEDIUMTEXT   NOT NULL,
  -- For schedule items (lịch): when and where.
  starts_at    DATETIME     NULL,
  place        VARCHAR(255) NOT NULL DEFAULT '',
  shared_down  TINYINT(1)   NOT NULL DEFAULT 0,
  -- pending (chờ duyệt), published, returned (seed 001 Điều 15.2: Thư ký → Trưởng ban).
  status       ENUM('pending','published','returned') NOT NULL DEFAULT 'pending',
  author_id    INT UNSIGNED NULL,
  author_name  VARCHAR(255) NOT NULL DEFAULT '',
  reviewed_by_name VARCHAR(255) NOT NULL DEFAULT '',
  return_note  VARCHAR(1000) NOT NULL DEFAULT '',
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  published_at DATETIME     NULL,
  KEY ix_internal_posts_site (site_id, status, id),
  KEY ix_internal_posts_shared (shared_down, status, id),
  CONSTRAINT fk_internal_posts_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_internal_posts_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE resource_kinds (
  code        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO resource_kinds (code, name, sort_order) VALUES
  ('giao-an',    'Giáo án',                 10),
  ('de-thi',     'Đề thi, ngân hàng đề',     20),
  ('sang-kien',  'Sáng kiến kinh nghiệm',   30),
  ('tu-lieu',    'Tư liệu dạy học',         40);

-- A resource of the library: submitted by a teacher, approved by the site's editor
-- before it is public (cong-khai) or internal (noi-bo).
CREATE TABLE resources (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      INT UNSIGNED NOT NULL,
  kind_code    VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  title        VARCHAR(500) NOT NULL,
  slug         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  summary      TEXT         NOT NULL,
  subject      VARCHAR(100) NOT NULL DEFAULT '',   -- môn học
  grade        VARCHAR(32)  NOT NULL DEFAULT '',   -- khối lớp: "Lớp 6", "Mẫu giáo 5–6 tuổi"
  author_name  VARCHAR(255) NOT NULL DEFAULT '',
  school_year  VARCHAR(16)  NOT NULL DEFAULT '',   -- "2025-2026"
  visibility   ENUM('cong-khai','noi-bo') NOT NULL DEFAULT 'cong-khai',
  status       ENUM('pending','approved','returned') NOT NULL DEFAULT 'pending',
  submitted_by INT UNSIGNED NULL,
  reviewed_by_name VARCHAR(255) NOT NULL DEFAULT '',
  return_note  VARCHAR(1000) NOT NULL DEFAULT '',
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  approved_at  DATETIME     NULL,
  download_count INT UNSIGNED NOT NULL DEFAULT 0,
  KEY ix_resources_public (site_id, status, visibility, id),
  KEY ix_resources_kind (site_id, kind_code, status, visibility, id),
  KEY ix_resources_submitter (submitted_by, id),
  CONSTRAINT fk_resources_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_resources_kind FOREIGN KEY (kind_code) REFERENCES resource_kinds (code),
  CONSTRAINT fk_resources_submitter FOREIGN KEY (submitted_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE resource_files (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  resource_id  INT UNSIGNED NOT NULL,
  path         VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  mime         VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size         INT UNSIGNED NOT NULL,
  sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  KEY ix_resource_files_resource (resource_id),
  CONSTRAINT fk_resource_files_resource FOREIGN KEY (resource_id) REFERENCES resources (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Search: resources are a searchable kind (docs/HACKING.md "Search"). The kind column
-- becomes plain text so kinds added by other migrations never conflict with this one;
-- the indexer decides per row whether a resource is public (approved, cong-khai) and
-- removes it from the index otherwise.
ALTER TABLE search_queue MODIFY kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
CREATE TRIGGER trg_resources_search_ins AFTER INSERT ON resources FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('resource', NEW.id, NEW.site_id);
CREATE TRIGGER trg_resources_search_upd AFTER UPDATE ON resources FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'resource', NEW.id, NEW.site_id FROM DUAL
  WHERE NOT (OLD.title <=> NEW.title AND OLD.summary <=> NEW.summary AND OLD.status <=> NEW.status
             AND OLD.visibility <=> NEW.visibility AND OLD.subject <=> NEW.subject AND OLD.slug <=> NEW.slug);
CREATE TRIGGER trg_resources_search_del AFTER DELETE ON resources FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('resource', OLD.id, OLD.site_id);
