-- 0092: the site structure edited in /admin/cau-truc (issue 5 item 6): what the home page
-- shows moves from code to data, categories can be hidden, and a renamed category's old
-- address keeps working.

-- How many featured articles lead the home page and how many articles each category
-- block shows; the defaults are the values the home page had in code (5 and 4).
ALTER TABLE sites
  ADD COLUMN home_featured    TINYINT UNSIGNED NOT NULL DEFAULT 5 AFTER banner_alt,
  ADD COLUMN home_block_items TINYINT UNSIGNED NOT NULL DEFAULT 4 AFTER home_featured;

-- `hidden`: left out of the public lists of categories (the category bar, the site map,
-- the home blocks); its page and articles stay reachable. `home_order`: the order of the
-- home page's category blocks, apart from the order of the category list; it starts as
-- that order, so the home page looks as before.
ALTER TABLE categories
  ADD COLUMN hidden     TINYINT(1) NOT NULL DEFAULT 0,
  ADD COLUMN home_order INT        NOT NULL DEFAULT 0;
UPDATE categories SET home_order = sort_order;

-- The old addresses of renamed categories: /tin-tuc/<old_slug> answers 301 to the
-- category's current address. A slug taken again by a new category wins over its row.
CREATE TABLE category_redirects (
  site_id     INT UNSIGNED NOT NULL,
  old_slug    VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  category_id INT UNSIGNED NOT NULL,
  created_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  PRIMARY KEY (site_id, old_slug),
  KEY ix_category_redirects_category (category_id),
  CONSTRAINT fk_category_redirects_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_category_redirects_category FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
