-- 0096: account administration in /admin/tai-khoan (issue 5 items 1, 2): an account made
-- or reset by an administrator gets a one-time password that must be changed at its
-- first sign-in.
ALTER TABLE users
  ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0;
