-- 0001: the walking skeleton's data: sites in a hierarchy, categories, articles,
-- introduction pages, the staff directory (danh bạ), accounts with roles per site,
-- and the audit log. Times are UTC. Applied once by `portalctl migrate`.

-- Levels of the hierarchy are data (SPEC B20): the 2025 reorganisation moved the
-- district offices, so "Sở", "Phòng", "Trường THCS" are rows, not code.
CREATE TABLE site_levels (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE sites (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id   INT UNSIGNED NULL,
  slug        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  level_code  VARCHAR(32)  NOT NULL,
  name        VARCHAR(255) NOT NULL,
  short_name  VARCHAR(100) NOT NULL,
  -- Optional own hostname (B20); NULL means only /don-vi/<slug>/ on the main host.
  hostname    VARCHAR(255) CHARACTER SET ascii COLLATE ascii_general_ci NULL,
  -- Absolute URLs (feeds, canonical links) come from here, never from the request.
  base_url    VARCHAR(255) NOT NULL DEFAULT '',
  address     VARCHAR(255) NOT NULL DEFAULT '',
  phone       VARCHAR(64)  NOT NULL DEFAULT '',
  hotline     VARCHAR(64)  NOT NULL DEFAULT '',
  email       VARCHAR(255) NOT NULL DEFAULT '',
  welcome     VARCHAR(500) NOT NULL DEFAULT '',
  sort_order  INT          NOT NULL DEFAULT 0,
  created_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_sites_slug (slug),
  UNIQUE KEY uq_sites_hostname (hostname),
  KEY ix_sites_parent (parent_id, sort_order),
  CONSTRAINT fk_sites_parent FOREIGN KEY (parent_id) REFERENCES sites (id),
  CONSTRAINT fk_sites_level FOREIGN KEY (level_code) REFERENCES site_levels (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE categories (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  parent_id   INT UNSIGNED NULL,
  slug        VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name        VARCHAR(255) NOT NULL,
  description VARCHAR(500) NOT NULL DEFAULT '',
  sort_order  INT          NOT NULL DEFAULT 0,
  -- Shown as a block on the site's home page.
  on_home     TINYINT(1)   NOT NULL DEFAULT 1,
  UNIQUE KEY uq_categories_site_slug (site_id, slug),
  KEY ix_categories_site_order (site_id, sort_order),
  CONSTRAINT fk_categories_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Genres of news (SPEC A4): tin ngắn, tin hội nghị, ảnh hoạt động, ...
CREATE TABLE genres (
  code        VARCHAR(32)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE users (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  full_name     VARCHAR(255) NOT NULL,
  email         VARCHAR(255) NOT NULL DEFAULT '',
  -- "scrypt$N$r$p$salt_hex$hash_hex"
  password_hash VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  locked        TINYINT(1)   NOT NULL DEFAULT 0,
  created_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_users_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Roles are data (seed 001 Điều 5–9): quan-tri, truong-ban, pho-ban, uy-vien,
-- thu-ky, cong-tac-vien, giao-vien, van-thu, dau-moi.
CREATE TABLE roles (
  code        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- A person may hold roles on several sites.
CREATE TABLE user_roles (
  user_id     INT UNSIGNED NOT NULL,
  site_id     INT UNSIGNED NOT NULL,
  role_code   VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (user_id, site_id, role_code),
  KEY ix_user_roles_site (site_id, role_code),
  CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_user_roles_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_user_roles_role FOREIGN KEY (role_code) REFERENCES roles (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE articles (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id       INT UNSIGNED NOT NULL,
  category_id   INT UNSIGNED NOT NULL,
  genre_code    VARCHAR(32)  NULL,
  title         VARCHAR(500) NOT NULL,
  slug          VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  summary       TEXT         NOT NULL,
  -- Sanitised HTML (allowlist) only; never raw input.
  body          MEDIUMTEXT   NOT NULL,
  -- Path under the uploads folder (or /static/) of the cover image; NULL when none.
  cover_path    VARCHAR(255) NULL,
  cover_alt     VARCHAR(255) NOT NULL DEFAULT '',
  author_name   VARCHAR(255) NOT NULL DEFAULT '',
  author_id     INT UNSIGNED NULL,
  -- Source attribution for reposted content (SPEC A4, seed 002 Điều 12).
  source_author VARCHAR(255) NULL,
  source_name   VARCHAR(255) NULL,
  source_url    VARCHAR(1000) NULL,
  source_date   DATE         NULL,
  status        ENUM('draft','submitted','forwarded','returned','approved','published','taken_down')
                NOT NULL DEFAULT 'draft',
  featured      TINYINT(1)   NOT NULL DEFAULT 0,
  -- A published article with published_at in the future is scheduled: the public
  -- queries filter on published_at <= now, so it appears at its time without cron.
  published_at  DATETIME     NULL,
  created_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  view_count    INT UNSIGNED NOT NULL DEFAULT 0,
  -- Keyset pagination over (published_at, id) within a site or a category.
  KEY ix_articles_site_pub (site_id, status, published_at, id),
  KEY ix_articles_cat_pub (category_id, status, published_at, id),
  KEY ix_articles_site_featured (site_id, featured, status, published_at),
  KEY ix_articles_site_views (site_id, status, view_count),
  CONSTRAINT fk_articles_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_articles_category FOREIGN KEY (category_id) REFERENCES categories (id),
  CONSTRAINT fk_articles_genre FOREIGN KEY (genre_code) REFERENCES genres (code),
  CONSTRAINT fk_articles_author FOREIGN KEY (author_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Introduction pages (giới thiệu) and other editable pages of a site.
CREATE TABLE pages (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  slug        VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  title       VARCHAR(255) NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  updated_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_pages_site_slug (site_id, slug),
  CONSTRAINT fk_pages_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Staff directory (danh bạ): ordered by position, then by Vietnamese name order,
-- which sorts on the given name (the last word) before the family name.
CREATE TABLE staff (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id       INT UNSIGNED NOT NULL,
  full_name     VARCHAR(255) NOT NULL,
  given_name    VARCHAR(64)  AS (SUBSTRING_INDEX(TRIM(full_name), ' ', -1)) STORED,
  position      VARCHAR(255) NOT NULL DEFAULT '',
  -- Lower ranks first: 10 head, 20 deputy, ... as entered by staff.
  position_rank SMALLINT     NOT NULL DEFAULT 100,
  department    VARCHAR(255) NOT NULL DEFAULT '',
  phone         VARCHAR(64)  NOT NULL DEFAULT '',
  email         VARCHAR(255) NOT NULL DEFAULT '',
  duties        TEXT         NOT NULL,
  -- Shown among the leadership (ban lãnh đạo) on the introduction pages.
  is_leader     TINYINT(1)   NOT NULL DEFAULT 0,
  KEY ix_staff_site_order (site_id, position_rank, given_name, full_name),
  CONSTRAINT fk_staff_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every sign-in and every change (SPEC C30): who, when, from where, what.
CREATE TABLE audit_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME(3)  NOT NULL DEFAULT UTC_TIMESTAMP(3),
  user_id     INT UNSIGNED NULL,
  site_id     INT UNSIGNED NULL,
  address     VARCHAR(64)  NOT NULL DEFAULT '',
  action      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  object_type VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  object_id   BIGINT UNSIGNED NULL,
  detail      TEXT         NOT NULL,
  KEY ix_audit_at (at),
  KEY ix_audit_user (user_id, at),
  KEY ix_audit_site (site_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO roles (code, name, sort_order) VALUES
  ('quan-tri',      'Quản trị viên hệ thống', 10),
  ('truong-ban',    'Trưởng ban biên tập',    20),
  ('pho-ban',       'Phó ban biên tập',       30),
  ('uy-vien',       'Ủy viên ban biên tập',   40),
  ('thu-ky',        'Thư ký tòa soạn',        50),
  ('cong-tac-vien', 'Cộng tác viên',          60),
  ('giao-vien',     'Giáo viên',              70),
  ('van-thu',       'Văn thư',                80),
  ('dau-moi',       'Đầu mối đơn vị',         90);

INSERT INTO genres (code, name, sort_order) VALUES
  ('tin-ngan',      'Tin ngắn',        10),
  ('tin-hoi-nghi',  'Tin hội nghị',    20),
  ('anh-hoat-dong', 'Ảnh hoạt động',   30),
  ('bai-phan-anh',  'Bài phản ánh',    40),
  ('tuong-thuat',   'Tường thuật',     50),
  ('phong-su',      'Phóng sự',        60),
  ('bai-chuyen-sau','Bài chuyên sâu',  70);

INSERT INTO site_levels (code, name, sort_order) VALUES
  ('so',        'Sở Giáo dục và Đào tạo',  10),
  ('phong',     'Phòng Giáo dục và Đào tạo', 20),
  ('mam-non',   'Mầm non',                 30),
  ('tieu-hoc',  'Tiểu học',                40),
  ('thcs',      'Trung học cơ sở',         50),
  ('thpt',      'Trung học phổ thông',     60),
  ('lien-cap',  'Liên cấp',                70),
  ('khac',      'Đơn vị khác',             80);
