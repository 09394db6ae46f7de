INSERT INTO links (site_id, group_name, title, url, description, sort_order, on_home) VALUES
(1, 'Cơ quan cấp trên', 'Bộ Giáo dục và Đào tạo', 'https://moet.gov.vn', 'Cổng thông tin điện tử của Bộ Giáo dục và Đào tạo', 1, 1),
(1, 'Cơ quan cấp trên', 'Sở Giáo dục và Đào tạo tỉnh Quảng Nam', 'https://sogddt.quangnam.gov.vn', 'Văn bản chỉ đạo, kế hoạch năm học của Sở', 2, 1),
(1, 'Cơ quan cấp trên', 'Ủy ban nhân dân huyện Thanh Bình', 'https://thanhbinh.quangnam.gov.vn', 'Cổng thông tin điện tử huyện', 3, 0),
(1, 'Dịch vụ công', 'Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn', 'Nộp hồ sơ thủ tục hành chính trực tuyến', 4, 1),
(1, 'Dịch vụ công', 'Cơ sở dữ liệu ngành Giáo dục', 'https://csdl.moet.gov.vn', 'Cập nhật dữ liệu trường, lớp, học sinh, đội ngũ', 5, 1),
(1, 'Tài nguyên dạy học', 'Hệ tri thức Việt số hóa – Học liệu', 'https://igiaoduc.vn', 'Bài giảng, học liệu điện tử dùng chung', 6, 1),
(1, 'Tài nguyên dạy học', 'Báo Giáo dục và Thời đại', 'https://giaoducthoidai.vn', 'Cơ quan ngôn luận của Bộ Giáo dục và Đào tạo', 7, 0);

INSERT INTO links (site_id, group_name, title, url, description, sort_order, on_home)
SELECT s.id, 'Cơ quan cấp trên', 'Bộ Giáo dục và Đào tạo', 'https://moet.gov.vn', '', 1, 1 FROM sites s WHERE s.parent_id = 1;
INSERT INTO links (site_id, group_name, title, url, description, sort_order, on_home)
SELECT s.id, 'Dịch vụ công', 'Cơ sở dữ liệu ngành Giáo dục', 'https://csdl.moet.gov.vn', '', 2, 1 FROM sites s WHERE s.parent_id = 1;

-- Announcements: the "Thông báo" category of every site fills the home page's notice box.
UPDATE categories SET is_notice = 1 WHERE slug = 'thong-bao';

-- Each level its own colours.
UPDATE sites SET theme = 'xanh-la' WHERE level_code = 'mam-non';
UPDATE sites SET theme = 'xanh-ngoc' WHERE level_code = 'tieu-hoc';
UPDATE sites SET theme = 'tim' WHERE slug = 'thcs-le-quy-don';
UPDATE sites SET theme = 'do' WHERE slug = 'thcs-tran-hung-dao';

-- The organisation chart: the leadership at the top, the units under it, staff in them.
INSERT INTO org_units (site_id, parent_id, name, duties, sort_order)
SELECT site_id, NULL, department, '', 0 FROM staff
WHERE department IN ('Lãnh đạo Phòng', 'Ban giám hiệu') GROUP BY site_id, department;
INSERT INTO org_units (site_id, parent_id, name, duties, sort_order)
SELECT s.site_id, r.id, s.department, '', MIN(s.position_rank) * 10 + MIN(s.id) % 10
FROM staff s JOIN org_units r ON r.site_id = s.site_id AND r.parent_id IS NULL
WHERE s.department NOT IN ('Lãnh đạo Phòng', 'Ban giám hiệu') AND s.department <> ''
GROUP BY s.site_id, s.department, r.id;
UPDATE staff s JOIN org_units u ON u.site_id = s.site_id AND u.name = s.department SET s.org_unit_id = u.id;
UPDATE org_units SET duties = 'Lãnh đạo, điều hành toàn diện hoạt động của Phòng; chịu trách nhiệm trước Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo.' WHERE site_id = 1 AND name = 'Lãnh đạo Phòng';
UPDATE org_units SET duties = 'Công tác tổ chức cán bộ, thi đua – khen thưởng, văn thư – lưu trữ, cải cách hành chính, quản trị cổng thông tin điện tử.' WHERE site_id = 1 AND name = 'Bộ phận Tổ chức – Hành chính';
UPDATE org_units SET duties = 'Chỉ đạo chuyên môn giáo dục mầm non: chăm sóc, nuôi dưỡng, giáo dục trẻ; kiểm định chất lượng trường mầm non.' WHERE site_id = 1 AND name = 'Bộ phận Chuyên môn Mầm non';
UPDATE org_units SET duties = 'Chỉ đạo dạy học theo Chương trình giáo dục phổ thông 2018 ở cấp tiểu học; thi giáo viên dạy giỏi, giao lưu học sinh.' WHERE site_id = 1 AND name = 'Bộ phận Chuyên môn Tiểu học';
UPDATE org_units SET duties = 'Chỉ đạo chuyên môn cấp trung học cơ sở, thi học sinh giỏi, tuyển sinh lớp 6, xét công nhận tốt nghiệp THCS.' WHERE site_id = 1 AND name = 'Bộ phận Chuyên môn THCS';
UPDATE org_units SET duties = 'Kế hoạch phát triển mạng lưới trường lớp, ngân sách, cơ sở vật chất, công khai tài chính.' WHERE site_id = 1 AND name = 'Bộ phận Kế hoạch – Tài chính';

-- Photo albums of events (their photos are attached from db/demo/images/albums.tsv).
INSERT INTO albums (site_id, title, slug, description, event_date, published_at) VALUES
(1, 'Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11', '', 'Toàn cảnh buổi lễ kỷ niệm và tuyên dương nhà giáo tiêu biểu của ngành Giáo dục huyện.', UTC_DATE() - INTERVAL 3 DAY, UTC_TIMESTAMP() - INTERVAL 3 DAY),
(1, 'Hội khỏe Phù Đổng cấp huyện năm học 2026–2027', '', 'Học sinh các trường tranh tài ở các môn điền kinh, bơi lội, cờ vua, bóng đá.', UTC_DATE() - INTERVAL 12 DAY, UTC_TIMESTAMP() - INTERVAL 11 DAY),
(1, 'Lễ khai giảng năm học mới 2026–2027', '', 'Không khí tưng bừng ngày hội đến trường tại các trường mầm non, tiểu học, THCS trên địa bàn huyện.', UTC_DATE() - INTERVAL 79 DAY, UTC_TIMESTAMP() - INTERVAL 79 DAY),
(1, 'Hội thi giáo viên dạy giỏi và chuyển đổi số trong dạy học', '', 'Những tiết dạy ứng dụng công nghệ thông tin, học liệu số của giáo viên các trường.', UTC_DATE() - INTERVAL 30 DAY, UTC_TIMESTAMP() - INTERVAL 29 DAY),
(2, 'Vui hội trăng rằm cùng bé', '', 'Các bé Trường Mầm non Hoa Sen làm lồng đèn, phá cỗ đêm Trung thu.', UTC_DATE() - INTERVAL 60 DAY, UTC_TIMESTAMP() - INTERVAL 60 DAY),
(8, 'Ngày hội an toàn giao thông và phòng chống đuối nước', '', 'Học sinh THCS Nguyễn Gia Thiều thực hành đội mũ bảo hiểm, kỹ năng an toàn khi bơi.', UTC_DATE() - INTERVAL 40 DAY, UTC_TIMESTAMP() - INTERVAL 40 DAY);

-- Videos of events (their files and posters are attached from db/demo/images/videos.tsv).
INSERT INTO videos (site_id, title, slug, description, published_at) VALUES
(1, 'Toàn cảnh Hội khỏe Phù Đổng cấp huyện', '', 'Những khoảnh khắc đẹp của các vận động viên nhỏ tuổi tại Hội khỏe Phù Đổng năm nay.', UTC_TIMESTAMP() - INTERVAL 10 DAY),
(1, 'Phóng sự: Trường học thân thiện, học sinh tích cực', '', 'Hình ảnh hoạt động học tập, trải nghiệm của học sinh các trường trong huyện.', UTC_TIMESTAMP() - INTERVAL 25 DAY);

-- Visits so far, so the counters on the home pages start from a history.
INSERT INTO site_visits (site_id, day, visits)
SELECT s.id, UTC_DATE() - INTERVAL seq DAY, 40 + (s.id * 37 + seq * 53) % 260
FROM sites s JOIN seq_1_to_60 ON 1 = 1;
UPDATE sites s SET visit_total = 185000 + s.id * 7919 + (SELECT COALESCE(SUM(v.visits), 0) FROM site_visits v WHERE v.site_id = s.id);
