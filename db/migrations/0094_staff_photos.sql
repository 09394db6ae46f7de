-- 0094: a photo for each person of the staff directory (danh bạ), uploaded in
-- /admin/nhan-su (JPEG, PNG or WebP, sniffed, thumbnails through core/media.h) and shown
-- by the public /danh-ba.
ALTER TABLE staff
  ADD COLUMN photo_media_id INT UNSIGNED NULL,
  ADD CONSTRAINT fk_staff_photo FOREIGN KEY (photo_media_id) REFERENCES media (id);
