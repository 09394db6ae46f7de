-- 0031: the approval chain (seed 001 Điều 14, seed 002 Điều 13): every step kept (who,
-- when, from which state to which, why), every save a revision, the reasons for
-- returning an article as data, and the categories delegated to board members.

ALTER TABLE articles
  -- Outside the activity plan, a repost, or a paid notice: only the editor-in-chief
  -- (Trưởng ban) may approve it (seed 001 Điều 14.2).
  ADD COLUMN outside_plan TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN paid_notice  TINYINT(1) NOT NULL DEFAULT 0,
  -- The last reason the article was returned or taken down, shown to its author.
  ADD COLUMN last_reason_code CHAR(1) NULL,
  ADD COLUMN last_note    TEXT NULL,
  ADD KEY ix_articles_site_status (site_id, status, updated_at),
  ADD KEY ix_articles_author (author_id, updated_at);

-- Seed 002 Điều 13.3: the editorial board may refuse information for these reasons.
CREATE TABLE return_reasons (
  code        CHAR(1)      NOT NULL PRIMARY KEY,
  text        VARCHAR(500) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO return_reasons (code, text, sort_order) VALUES
  ('a', 'Nội dung không thuộc phạm vi thông tin được đăng theo quy chế', 1),
  ('b', 'Nội dung không phù hợp với chủ trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước', 2),
  ('c', 'Thông tin thuộc bí mật nhà nước, chưa được phép phổ biến công khai hoặc chỉ phổ biến trong phạm vi hẹp', 3),
  ('d', 'Thông tin không đúng sự thật, hoặc trùng lặp nội dung đã đăng', 4),
  ('e', 'Thông tin không bảo đảm chất lượng; đã đề nghị xác thực, bổ sung, làm rõ nhưng không được đáp ứng', 5),
  ('g', 'Thông tin khác không được đăng theo quy định, hoặc đăng vào thời điểm này là không thích hợp', 6);

-- A board member (Ủy viên) approves only the categories delegated to them.
CREATE TABLE category_delegations (
  user_id     INT UNSIGNED NOT NULL,
  category_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (user_id, category_id),
  CONSTRAINT fk_delegations_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT fk_delegations_category FOREIGN KEY (category_id) REFERENCES categories (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every step of the chain.
CREATE TABLE article_events (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id  INT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  at          DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  action      VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  from_status VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  to_status   VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  reason_code CHAR(1)      NULL,
  note        TEXT         NOT NULL,
  KEY ix_article_events_article (article_id, id),
  CONSTRAINT fk_article_events_article FOREIGN KEY (article_id) REFERENCES articles (id),
  CONSTRAINT fk_article_events_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every save is a revision; any two can be compared.
CREATE TABLE article_revisions (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  article_id  INT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  at          DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  title       VARCHAR(500) NOT NULL,
  summary     TEXT         NOT NULL,
  body        MEDIUMTEXT   NOT NULL,
  KEY ix_article_revisions_article (article_id, id),
  CONSTRAINT fk_article_revisions_article FOREIGN KEY (article_id) REFERENCES articles (id),
  CONSTRAINT fk_article_revisions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
