-- 0030: staff sign-in (SPEC C24, ARCHITECTURE "Security defaults"): sessions kept only
-- as hashes of their tokens, sign-in attempts for throttling per account and per address,
-- the optional TOTP second factor with recovery codes.

CREATE TABLE sessions (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- SHA-256 of the 256-bit token in the cookie; the token itself is never stored.
  token_hash    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  user_id       INT UNSIGNED NOT NULL,
  -- The synchroniser token of the session's forms (CSRF).
  csrf_token    CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  -- Signed in with the password but the second factor still to come.
  pending_totp  TINYINT(1)   NOT NULL DEFAULT 0,
  created_at    DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  last_seen_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  -- Absolute expiry; idle expiry is last_seen_at + the configured idle time.
  expires_at    DATETIME     NOT NULL,
  address       VARCHAR(64)  NOT NULL DEFAULT '',
  user_agent    VARCHAR(255) NOT NULL DEFAULT '',
  UNIQUE KEY uq_sessions_token (token_hash),
  KEY ix_sessions_user (user_id),
  KEY ix_sessions_expires (expires_at),
  CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Every sign-in attempt: the throttle reads recent failures per account and per address.
CREATE TABLE signin_attempts (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  address     VARCHAR(64)  NOT NULL,
  at          DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  success     TINYINT(1)   NOT NULL,
  KEY ix_signin_user (username, at),
  KEY ix_signin_address (address, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

ALTER TABLE users
  ADD COLUMN totp_secret       VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD COLUMN totp_last_counter BIGINT UNSIGNED NOT NULL DEFAULT 0,
  -- A secret shown for setup, kept until the first good code confirms it.
  ADD COLUMN totp_pending_secret VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
  -- Posting revoked (thu hồi quyền đăng bài): may sign in and read, not write.
  ADD COLUMN posting_revoked   TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN password_changed_at DATETIME NULL;

-- One-time recovery codes of the second factor, as scrypt hashes.
CREATE TABLE recovery_codes (
  id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id    INT UNSIGNED NOT NULL,
  code_hash  VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  used_at    DATETIME     NULL,
  KEY ix_recovery_user (user_id),
  CONSTRAINT fk_recovery_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
