-- Issuing bodies of the demo's documents (migration 0100): the Government, the Bộ, the
-- province, the Sở, the district, the Phòng (site 1) and its schools (sites 2–10).
INSERT INTO document_issuers (id, slug, name, code, level, site_id, sort_order) VALUES
(1,  'chinh-phu',   'Chính phủ',                                  'CP',      'trung-uong', NULL, 10),
(2,  'bo-gddt',     'Bộ Giáo dục và Đào tạo',                     'BGDĐT',   'bo',     NULL, 20),
(3,  'ubnd-tinh',   'Ủy ban nhân dân tỉnh Quảng Nam',             'UBND',    'tinh',   NULL, 30),
(4,  'so-gddt',     'Sở Giáo dục và Đào tạo tỉnh Quảng Nam',      'SGDĐT',   'so',     NULL, 40),
(5,  'ubnd-huyen',  'Ủy ban nhân dân huyện Thanh Bình',           'UBND',    'huyen',  NULL, 50),
(6,  'phong-gddt',  'Phòng Giáo dục và Đào tạo huyện Thanh Bình', 'PGDĐT',   'phong',  1,    60),
(7,  'mn-hoa-sen',  'Trường Mầm non Hoa Sen',                     'MNHS',    'truong', 2,    70),
(8,  'th-kim-dong', 'Trường Tiểu học Kim Đồng',                   'THKĐ',    'truong', 5,    80),
(9,  'thcs-nguyen-gia-thieu', 'Trường THCS Nguyễn Gia Thiều',     'THCSNGT', 'truong', 8,    90),
(10, 'thcs-le-quy-don', 'Trường THCS Lê Quý Đôn',                 'THCSLQĐ', 'truong', 9,    100);
