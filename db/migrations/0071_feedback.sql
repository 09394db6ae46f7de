-- 0071: feedback and questions from the public (góp ý, hỏi đáp; SPEC A11, seed 002
-- Điều 14): each item has an unguessable tracking code, a due date counted in working
-- days (5, or 10 when marked complex), is classified, assigned to a unit or a person,
-- answered, and may be published as a Q&A with the sender's identity removed.

-- Topics (lĩnh vực) the sender and the staff choose from; data, not code.
CREATE TABLE feedback_topics (
  code        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO feedback_topics (code, name, sort_order) VALUES
('tuyen-sinh', 'Tuyển sinh, chuyển trường', 10),
('chuyen-mon', 'Chương trình, chuyên môn, đánh giá học sinh', 20),
('thi-cu', 'Thi, kiểm tra, kết quả thi', 30),
('thu-chi', 'Học phí và các khoản thu', 40),
('can-bo', 'Cán bộ, giáo viên, nhân viên', 50),
('co-so-vat-chat', 'Cơ sở vật chất, an toàn trường học', 60),
('thu-tuc', 'Thủ tục hành chính, văn bằng, chứng chỉ', 70),
('khac', 'Ý kiến khác', 90);

CREATE TABLE feedback (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id          INT UNSIGNED NOT NULL,
  -- 10 characters of 23456789ABCDEFGHJKMNPQRSTUVWXYZ (no 0/O, 1/I/L), ~49 bits.
  code             CHAR(10)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sender_name      VARCHAR(100) NOT NULL,
  sender_email     VARCHAR(254) NOT NULL DEFAULT '',
  sender_phone     VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  subject          VARCHAR(200) NOT NULL,
  topic_code       VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  content          TEXT         NOT NULL,
  address          VARCHAR(64)  NOT NULL DEFAULT '',
  status           ENUM('received','assigned','answered','published') NOT NULL DEFAULT 'received',
  complex          TINYINT(1)   NOT NULL DEFAULT 0,
  received_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  -- The last working day of the answer period (Asia/Ho_Chi_Minh calendar day).
  due_on           DATE         NOT NULL,
  -- Routed to a unit (a member site) and/or a person (seed 002 Điều 14.1).
  assigned_site_id INT UNSIGNED NULL,
  assigned_user_id INT UNSIGNED NULL,
  assigned_at      DATETIME     NULL,
  staff_note       TEXT         NULL,
  answer_html      MEDIUMTEXT   NULL,
  answered_at      DATETIME     NULL,
  answered_by      INT UNSIGNED NULL,
  -- The public Q&A: the question as edited by staff (no name, no contact), the answer.
  public_question  TEXT         NULL,
  public_title     VARCHAR(200) NULL,
  slug             VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  published_at     DATETIME     NULL,
  updated_at       DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_feedback_code (code),
  KEY ix_feedback_site_status (site_id, status, due_on),
  KEY ix_feedback_published (site_id, status, published_at),
  KEY ix_feedback_topic (site_id, topic_code, status),
  CONSTRAINT fk_feedback_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_feedback_topic FOREIGN KEY (topic_code) REFERENCES feedback_topics (code),
  CONSTRAINT fk_feedback_unit FOREIGN KEY (assigned_site_id) REFERENCES sites (id),
  CONSTRAINT fk_feedback_user FOREIGN KEY (assigned_user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Files: the sender's attachment (kept private, staff only) and the answer's files
-- (given to the sender through an unguessable token).
CREATE TABLE feedback_files (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  feedback_id  INT UNSIGNED NOT NULL,
  role         ENUM('question','answer') NOT NULL,
  path         VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  mime         VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name         VARCHAR(255) NOT NULL,
  size         INT UNSIGNED NOT NULL,
  sha256       CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  token        CHAR(32)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at   DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_feedback_files (feedback_id, role),
  UNIQUE KEY uq_feedback_files_token (token),
  CONSTRAINT fk_feedback_files FOREIGN KEY (feedback_id) REFERENCES feedback (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Anti-abuse counters of the public forms (feedback, tracking, exam lookup): one row per
-- attempt, read by (bucket, subject) over a window; old rows are deleted as they age.
-- The subject is the client address or the SHA-256 of an e-mail address.
CREATE TABLE abuse_hits (
  id       BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  bucket   VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  at       DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_abuse_hits (bucket, subject, at),
  KEY ix_abuse_hits_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Keys the public forms sign their hidden fields with (fill time, challenge answer);
-- random per installation.
CREATE TABLE form_keys (
  name    VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  secret  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
INSERT INTO form_keys (name, secret) VALUES ('public-forms', LOWER(HEX(RANDOM_BYTES(32))));

-- Published Q&A are searchable (SPEC A17): the queue takes any kind of item.
ALTER TABLE search_queue MODIFY kind VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
CREATE TRIGGER trg_feedback_search_upd AFTER UPDATE ON feedback FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'qa', NEW.id, NEW.site_id FROM DUAL
  WHERE (OLD.status = 'published' OR NEW.status = 'published')
    AND NOT (OLD.status <=> NEW.status AND OLD.public_title <=> NEW.public_title
             AND OLD.public_question <=> NEW.public_question AND OLD.answer_html <=> NEW.answer_html
             AND OLD.slug <=> NEW.slug AND OLD.published_at <=> NEW.published_at);
CREATE TRIGGER trg_feedback_search_ins AFTER INSERT ON feedback FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'qa', NEW.id, NEW.site_id FROM DUAL WHERE NEW.status = 'published';
CREATE TRIGGER trg_feedback_search_del AFTER DELETE ON feedback FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'qa', OLD.id, OLD.site_id FROM DUAL WHERE OLD.status = 'published';
