-- 0080: document distribution (văn bản điều hành nội bộ, SPEC B22; seed 000 Điều 7–8): the
-- office sends a dispatch (công văn) to chosen member sites, each site's opening is a read
-- receipt, its replies (text + files) are kept, late ones marked. Seed 000 Điều 7: these
-- electronic documents replace paper ones, so a dispatch is immutable once sent: triggers
-- refuse every UPDATE of a dispatch and of its files; corrections (đính chính) and
-- withdrawals (thu hồi) are new dispatches linked to the original.

CREATE TABLE dispatches (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- The sending site (the office); recipients are in its subtree.
  site_id        INT UNSIGNED NOT NULL,
  -- Number and symbol as written ("125/PGDĐT-VP"); may be empty. The optional link to
  -- the documents register (văn bản) is a plain id without a foreign key until that
  -- register lands.
  number         VARCHAR(64)  NOT NULL DEFAULT '',
  document_id    INT UNSIGNED NULL,
  subject        VARCHAR(500) NOT NULL,                    -- trích yếu
  -- Sanitised HTML (allowlist) only; never raw input.
  body           MEDIUMTEXT   NOT NULL,
  -- thuong (Thường), khan (Khẩn), hoa-toc (Hỏa tốc); rank orders inboxes.
  priority       ENUM('thuong','khan','hoa-toc') NOT NULL DEFAULT 'thuong',
  priority_rank  TINYINT UNSIGNED AS (CASE priority WHEN 'hoa-toc' THEN 3 WHEN 'khan' THEN 2 ELSE 1 END) STORED,
  reply_deadline DATETIME     NULL,
  -- moi: a new dispatch; dinh-chinh: a correction of original_id; thu-hoi: its withdrawal.
  kind           ENUM('moi','dinh-chinh','thu-hoi') NOT NULL DEFAULT 'moi',
  original_id    INT UNSIGNED NULL,
  -- Who sent it; the name as it was then (the record outlives account changes).
  sender_id      INT UNSIGNED NULL,
  sender_name    VARCHAR(255) NOT NULL,
  -- How the recipients were chosen, as shown ("Tất cả trường Tiểu học; MN Hoa Sen").
  recipients_label VARCHAR(1000) NOT NULL DEFAULT '',
  sent_at        DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_dispatches_site_sent (site_id, id),
  KEY ix_dispatches_original (original_id),
  CONSTRAINT fk_dispatches_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_dispatches_original FOREIGN KEY (original_id) REFERENCES dispatches (id),
  CONSTRAINT fk_dispatches_sender FOREIGN KEY (sender_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TRIGGER trg_dispatches_immutable BEFORE UPDATE ON dispatches FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dispatches are immutable once sent';

-- Files attached to a dispatch or to a reply (exactly one of the two), stored under the
-- private folder with random names; the original name is kept for downloads.
CREATE TABLE dispatch_files (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dispatch_id  INT UNSIGNED NOT NULL,
  reply_id     INT UNSIGNED NULL,
  path         VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  mime         VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size         INT UNSIGNED NOT NULL,
  sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_dispatch_files_dispatch (dispatch_id, reply_id),
  KEY ix_dispatch_files_reply (reply_id),
  CONSTRAINT fk_dispatch_files_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatches (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TRIGGER trg_dispatch_files_immutable BEFORE UPDATE ON dispatch_files FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dispatch files are immutable once sent';

-- One row per receiving site: the read receipt (who opened it first and last, when) and
-- the reply state. Overdue = a deadline passed without a reply (computed, never stored).
CREATE TABLE dispatch_recipients (
  dispatch_id      INT UNSIGNED NOT NULL,
  site_id          INT UNSIGNED NOT NULL,
  first_opened_at  DATETIME     NULL,
  first_opened_by  VARCHAR(255) NOT NULL DEFAULT '',
  last_opened_at   DATETIME     NULL,
  last_opened_by   VARCHAR(255) NOT NULL DEFAULT '',
  open_count       INT UNSIGNED NOT NULL DEFAULT 0,
  first_replied_at DATETIME     NULL,
  reply_count      INT UNSIGNED NOT NULL DEFAULT 0,
  last_reminded_at DATETIME     NULL,
  PRIMARY KEY (dispatch_id, site_id),
  KEY ix_dispatch_recipients_site (site_id, first_opened_at),
  CONSTRAINT fk_dispatch_recipients_dispatch FOREIGN KEY (dispatch_id) REFERENCES dispatches (id),
  CONSTRAINT fk_dispatch_recipients_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Each person's opening, for "who read it" inside a site.
CREATE TABLE dispatch_reads (
  dispatch_id  INT UNSIGNED NOT NULL,
  site_id      INT UNSIGNED NOT NULL,
  user_id      INT UNSIGNED NOT NULL,
  first_at     DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  last_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  PRIMARY KEY (dispatch_id, site_id, user_id),
  CONSTRAINT fk_dispatch_reads_recipient FOREIGN KEY (dispatch_id, site_id) REFERENCES dispatch_recipients (dispatch_id, site_id),
  CONSTRAINT fk_dispatch_reads_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Replies of a site (báo cáo, phản hồi): seed 000 Điều 7.2, official documents too.
CREATE TABLE dispatch_replies (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dispatch_id  INT UNSIGNED NOT NULL,
  site_id      INT UNSIGNED NOT NULL,
  user_id      INT UNSIGNED NULL,
  author_name  VARCHAR(255) NOT NULL,
  body         TEXT         NOT NULL,
  late         TINYINT(1)   NOT NULL DEFAULT 0,
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_dispatch_replies_dispatch (dispatch_id, site_id, id),
  CONSTRAINT fk_dispatch_replies_recipient FOREIGN KEY (dispatch_id, site_id) REFERENCES dispatch_recipients (dispatch_id, site_id),
  CONSTRAINT fk_dispatch_replies_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TRIGGER trg_dispatch_replies_immutable BEFORE UPDATE ON dispatch_replies FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dispatch replies are immutable once sent';

-- Forwarded inside the receiving site to a colleague, who may then read it.
CREATE TABLE dispatch_forwards (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dispatch_id  INT UNSIGNED NOT NULL,
  site_id      INT UNSIGNED NOT NULL,
  from_user_id INT UNSIGNED NOT NULL,
  to_user_id   INT UNSIGNED NOT NULL,
  note         VARCHAR(1000) NOT NULL DEFAULT '',
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_dispatch_forwards_to (to_user_id, dispatch_id),
  KEY ix_dispatch_forwards_dispatch (dispatch_id, site_id),
  CONSTRAINT fk_dispatch_forwards_recipient FOREIGN KEY (dispatch_id, site_id) REFERENCES dispatch_recipients (dispatch_id, site_id),
  CONSTRAINT fk_dispatch_forwards_from FOREIGN KEY (from_user_id) REFERENCES users (id),
  CONSTRAINT fk_dispatch_forwards_to FOREIGN KEY (to_user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Saved recipient groups of a sending site ("Trường điểm", "Cụm thi đua số 1").
CREATE TABLE dispatch_groups (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  name        VARCHAR(255) NOT NULL,
  created_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_dispatch_groups_name (site_id, name),
  CONSTRAINT fk_dispatch_groups_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE dispatch_group_sites (
  group_id    INT UNSIGNED NOT NULL,
  site_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (group_id, site_id),
  CONSTRAINT fk_dispatch_group_sites_group FOREIGN KEY (group_id) REFERENCES dispatch_groups (id) ON DELETE CASCADE,
  CONSTRAINT fk_dispatch_group_sites_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
