-- 0090: the media library of the staff area (/admin/thu-vien-anh, issue 5 item 5).
-- A title to find an item by, who uploaded it (their own items are theirs to edit or
-- delete; others' need a secretary or above), when it was last edited, and keys for the
-- library's keyset pages (newest first) and for finding the same file on a site (the
-- same bytes uploaded twice are stored once).
ALTER TABLE media
  ADD COLUMN title       VARCHAR(255) NOT NULL DEFAULT '' AFTER original_name,
  ADD COLUMN uploaded_by INT UNSIGNED NULL AFTER alt,
  ADD COLUMN updated_at  DATETIME     NULL,
  ADD KEY ix_media_library (site_id, created_at, id),
  ADD KEY ix_media_site_sha (site_id, sha256),
  ADD CONSTRAINT fk_media_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL;

-- Items stored before there was a title are found by their uploaded name.
UPDATE media SET title = LEFT(original_name, 255) WHERE title = '';
