-- The office files news from the provincial Sở's feed (seed 000 Điều 3 khoản 7) into
-- "Tin giáo dục", as drafts for its editors. Inactive in the demo: the demo has no
-- internet. Turn it on with: UPDATE feed_subscriptions SET active = 1 WHERE id = 1;
INSERT INTO feed_subscriptions (id, site_id, url, category_id, name, publish_mode, active)
SELECT 1, 1, 'https://sgddt.quangnam.gov.vn/rss/tin-tuc.rss', c.id,
       'Sở Giáo dục và Đào tạo tỉnh Quảng Nam', 'draft', 0
FROM categories c WHERE c.site_id = 1 AND c.slug = 'tin-giao-duc';
