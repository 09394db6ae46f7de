-- Mail is never sent from a request: a change that must tell someone (a feedback answer,
-- an assignment, a dispatch reminder) queues a row here in its own transaction, and
-- `portalctl mail --follow` hands each row to the configured sendmail command, retrying
-- with growing waits. The row stays as the record of what was sent.
CREATE TABLE mail_outbox (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id         INT UNSIGNED NOT NULL,
  kind            VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recipient       VARCHAR(254) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body            MEDIUMTEXT NOT NULL,
  created_at      DATETIME NOT NULL DEFAULT UTC_TIMESTAMP(),
  attempts        SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  next_attempt_at DATETIME NOT NULL DEFAULT UTC_TIMESTAMP(),
  sent_at         DATETIME NULL,
  failed_at       DATETIME NULL,
  last_error      VARCHAR(500) NULL,
  KEY mail_outbox_due (sent_at, failed_at, next_attempt_at),
  KEY mail_outbox_site (site_id, created_at),
  CONSTRAINT mail_outbox_site_fk FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
