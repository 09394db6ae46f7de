-- 0010: the weekly work schedule (lịch công tác tuần, SPEC A7), the work plans and the
-- monthly work programme (kế hoạch năm/tháng, chương trình công tác tháng), and each
-- site's contact and press details (SPEC A15, seed 003 §2.16). Times are UTC.

-- One row per site and ISO week. The week's entries are public once published_at has
-- passed; NULL means the schedule is still being prepared. Seed 001 Điều 15: the weekly
-- schedule is posted on Monday; SPEC C29: before Monday 08:00 (local time).
CREATE TABLE schedule_weeks (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      INT UNSIGNED NOT NULL,
  iso_year     SMALLINT UNSIGNED NOT NULL,
  iso_week     TINYINT UNSIGNED NOT NULL,
  published_at DATETIME     NULL,
  -- A line for the whole week ("Lịch có thể thay đổi, Văn phòng sẽ thông báo bổ sung").
  note         VARCHAR(1000) NOT NULL DEFAULT '',
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_schedule_weeks_site_week (site_id, iso_year, iso_week),
  CONSTRAINT ck_schedule_weeks_week CHECK (iso_week BETWEEN 1 AND 53),
  CONSTRAINT fk_schedule_weeks_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- One item of a schedule. It belongs to the week and day of starts_at in
-- Asia/Ho_Chi_Minh (a meeting at 06:30 on Monday is stored as Sunday 23:30 UTC), so
-- there is no week column to disagree with it.
CREATE TABLE schedule_entries (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      INT UNSIGNED NOT NULL,
  starts_at    DATETIME     NOT NULL,
  ends_at      DATETIME     NULL,
  content      VARCHAR(1000) NOT NULL,           -- nội dung
  place        VARCHAR(255) NOT NULL DEFAULT '',  -- địa điểm
  chair        VARCHAR(255) NOT NULL DEFAULT '',  -- chủ trì
  participants VARCHAR(1000) NOT NULL DEFAULT '', -- thành phần
  note         VARCHAR(1000) NOT NULL DEFAULT '', -- ghi chú
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_schedule_entries_site_start (site_id, starts_at),
  CONSTRAINT ck_schedule_entries_end CHECK (ends_at IS NULL OR ends_at >= starts_at),
  CONSTRAINT fk_schedule_entries_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Plans of a site: the school-year or yearly plan (nam), a month's plan (thang) and the
-- monthly work programme (chuong-trinh-thang, due before the 1st of its month, SPEC C29).
-- Public once published_at has passed; NULL is a draft.
CREATE TABLE work_plans (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id      INT UNSIGNED NOT NULL,
  kind         ENUM('nam','thang','chuong-trinh-thang') NOT NULL,
  title        VARCHAR(500) NOT NULL,
  slug         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  -- Number and symbol as written on the document ("125/KH-PGDĐT"); may be empty.
  number       VARCHAR(64)  NOT NULL DEFAULT '',
  -- As shown: "Năm học 2026–2027", "Tháng 11/2026".
  period_label VARCHAR(100) NOT NULL DEFAULT '',
  period_start DATE         NULL,
  period_end   DATE         NULL,
  summary      TEXT         NOT NULL,
  -- Sanitised HTML (allowlist) only; never raw input.
  body         MEDIUMTEXT   NOT NULL,
  published_at DATETIME     NULL,
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  -- Keyset pagination over (published_at, id) within a site, all kinds or one.
  KEY ix_work_plans_site_pub (site_id, published_at, id),
  KEY ix_work_plans_site_kind_pub (site_id, kind, published_at, id),
  CONSTRAINT fk_work_plans_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Contact and press details of a site beyond the address, phone and e-mail in `sites`
-- (seed 003 §2.16: spokesperson, address, phone, fax, official e-mail), and who answers
-- for the portal: the head of the editorial board answers for its content (seed 002
-- Điều 3, seed 003 §3), the system administrator runs it (seed 001 Điều 13).
CREATE TABLE site_contacts (
  site_id               INT UNSIGNED NOT NULL PRIMARY KEY,
  fax                   VARCHAR(64)  NOT NULL DEFAULT '',
  -- Free text, one line per period: "Sáng: 07:00 – 11:30".
  working_hours         VARCHAR(1000) NOT NULL DEFAULT '',
  -- An https link to the place on a map; empty: a map search of the site's address.
  map_url               VARCHAR(1000) NOT NULL DEFAULT '',
  spokesperson_name     VARCHAR(255) NOT NULL DEFAULT '',
  spokesperson_position VARCHAR(255) NOT NULL DEFAULT '',
  spokesperson_phone    VARCHAR(64)  NOT NULL DEFAULT '',
  spokesperson_email    VARCHAR(255) NOT NULL DEFAULT '',
  editor_in_chief_name     VARCHAR(255) NOT NULL DEFAULT '',
  editor_in_chief_position VARCHAR(255) NOT NULL DEFAULT '',
  administrator_name    VARCHAR(255) NOT NULL DEFAULT '',
  administrator_phone   VARCHAR(64)  NOT NULL DEFAULT '',
  administrator_email   VARCHAR(255) NOT NULL DEFAULT '',
  -- A line for the press ("Đề nghị cơ quan báo chí liên hệ trước ít nhất 01 ngày").
  press_note            VARCHAR(1000) NOT NULL DEFAULT '',
  updated_at            DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  CONSTRAINT fk_site_contacts_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
