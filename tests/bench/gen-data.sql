-- The benchmark's data set (ARCHITECTURE "Performance targets"), generated in SQL by
-- tests/bench/run.sh into an EMPTY, freshly migrated bench database. Never committed data:
-- everything comes from the fragments below, combined pseudo-randomly (CRC32 of the row
-- number, so the same data every time) with MariaDB's SEQUENCE engine.
--   300 sites: the office (id 1, level 'phong', the main site) and 299 schools under it;
--   6 categories per site; 100,000 published articles (about 20,000 on the office, the
--   rest spread over the schools; 2–4 KB HTML bodies; published over the last 3 years,
--   ids in time order) plus a few drafts and scheduled ones that no page may show;
--   4 introduction pages and 15 staff per site.
-- Changing this file changes its checksum, which makes run.sh generate the data again.

SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;
SET SESSION foreign_key_checks = 0, unique_checks = 0;
-- Everything lies in the past (the portal shows published_at <= UTC_TIMESTAMP()).
SET @now = UTC_TIMESTAMP() - INTERVAL 1 HOUR;
SET @span = 3 * 365 * 86400;
SET @start = @now - INTERVAL @span SECOND;
SET @articles = 100000;

-- ---- fragments -------------------------------------------------------------------------

CREATE TEMPORARY TABLE g_sent (i INT PRIMARY KEY, t VARCHAR(400)) ENGINE=MEMORY;
INSERT INTO g_sent (i, t) VALUES
(0, 'Sáng nay, nhà trường long trọng tổ chức lễ khai mạc với sự tham dự của đông đảo cán bộ, giáo viên, nhân viên và học sinh.'),
(1, 'Đây là hoạt động thiết thực nhằm nâng cao chất lượng dạy và học, góp phần thực hiện thắng lợi nhiệm vụ năm học.'),
(2, 'Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận những nỗ lực của tập thể sư phạm trong thời gian qua.'),
(3, 'Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt phương pháp dạy học tích cực và ứng dụng công nghệ thông tin.'),
(4, 'Học sinh hào hứng tham gia các trò chơi dân gian, thi vẽ tranh và biểu diễn văn nghệ chào mừng.'),
(5, 'Ban tổ chức đã trao giấy khen cho các tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua.'),
(6, 'Phòng Giáo dục và Đào tạo đề nghị các đơn vị nghiêm túc triển khai, báo cáo kết quả trước ngày 25 hằng tháng.'),
(7, 'Hội nghị đã thảo luận, thống nhất nhiều giải pháp nhằm đẩy mạnh chuyển đổi số trong quản lý và dạy học.'),
(8, 'Giáo viên được hướng dẫn sử dụng học bạ số, sổ điểm điện tử và hệ thống cơ sở dữ liệu ngành.'),
(9, 'Công tác bảo đảm an toàn trường học, phòng chống tai nạn thương tích được nhà trường đặc biệt quan tâm.'),
(10, 'Bữa ăn bán trú được xây dựng thực đơn hợp lý, bảo đảm đủ chất dinh dưỡng và vệ sinh an toàn thực phẩm.'),
(11, 'Phụ huynh học sinh bày tỏ sự đồng tình, phấn khởi trước những đổi thay tích cực của nhà trường.'),
(12, 'Kết quả, có 45 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, tăng 8 người so với năm học trước.'),
(13, 'Thư viện thân thiện với hàng nghìn đầu sách được bổ sung, thu hút đông đảo học sinh đến đọc vào giờ ra chơi.'),
(14, 'Buổi tập huấn giúp đội ngũ cán bộ quản lý nắm vững các văn bản mới về kiểm tra, đánh giá học sinh.'),
(15, 'Liên đội phát động phong trào kế hoạch nhỏ, thu gom giấy vụn và chai nhựa để gây quỹ giúp bạn nghèo.'),
(16, 'Các em học sinh được trang bị kỹ năng phòng chống đuối nước, kỹ năng thoát hiểm khi có hỏa hoạn.'),
(17, 'Nhân dịp này, nhiều suất học bổng đã được trao cho học sinh có hoàn cảnh khó khăn vươn lên học tốt.'),
(18, 'Chương trình giáo dục phổ thông 2018 tiếp tục được triển khai đồng bộ ở tất cả các khối lớp.'),
(19, 'Tổ chuyên môn tổ chức sinh hoạt theo nghiên cứu bài học, tập trung phân tích hoạt động học của học sinh.'),
(20, 'Đoàn kiểm tra đánh giá cao cơ sở vật chất, hồ sơ sổ sách và nền nếp dạy học của nhà trường.'),
(21, 'Năm học này, toàn huyện có thêm hai trường được công nhận đạt chuẩn quốc gia mức độ 1.'),
(22, 'Hội thi diễn ra sôi nổi, thể hiện tinh thần đoàn kết, sáng tạo và năng khiếu của các em.'),
(23, 'Ngày hội đọc sách là dịp để lan tỏa văn hóa đọc trong nhà trường và cộng đồng.'),
(24, 'Nhà trường phối hợp với trạm y tế xã tổ chức khám sức khỏe định kỳ cho toàn thể học sinh.'),
(25, 'Các lớp học được trang trí xanh, sạch, đẹp, tạo môi trường học tập thân thiện cho trẻ.'),
(26, 'Đồng chí Trưởng phòng yêu cầu các trường tiếp tục đổi mới công tác quản lý, tăng cường kỷ cương, nền nếp.'),
(27, 'Trong không khí trang trọng, các em đội viên ôn lại truyền thống vẻ vang của Đội Thiếu niên Tiền phong Hồ Chí Minh.'),
(28, 'Kế hoạch tuyển sinh được công khai trên cổng thông tin điện tử và niêm yết tại bảng tin nhà trường.'),
(29, 'Giải bóng đá mini học sinh thu hút 16 đội tham gia, mang lại không khí vui tươi, lành mạnh.'),
(30, 'Nhiều sáng kiến kinh nghiệm có giá trị thực tiễn cao đã được hội đồng khoa học xếp loại tốt.'),
(31, 'Ban đại diện cha mẹ học sinh đã vận động ủng hộ xây dựng sân chơi, bãi tập cho các em.'),
(32, 'Tiết học mẫu môn Tiếng Việt được dự giờ, góp ý và rút kinh nghiệm chung cho toàn tổ.'),
(33, 'Mỗi thầy cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo.'),
(34, 'Hoạt động trải nghiệm tại di tích lịch sử giúp học sinh hiểu thêm về truyền thống quê hương.'),
(35, 'Các trường chủ động rà soát, sửa chữa phòng học, bàn ghế trước mùa mưa bão.'),
(36, 'Cán bộ, giáo viên tích cực tham gia bồi dưỡng thường xuyên theo hình thức trực tuyến.'),
(37, 'Kết thúc học kỳ I, tỷ lệ học sinh hoàn thành tốt nội dung học tập đạt trên 85%.'),
(38, 'Chương trình văn nghệ chào mừng với nhiều tiết mục đặc sắc do chính học sinh dàn dựng.'),
(39, 'Buổi lễ khép lại trong không khí vui tươi, đầm ấm, để lại nhiều ấn tượng tốt đẹp.');

-- 512 paragraphs of four sentences (about 500 bytes each); bodies pick 4 to 7 of them.
CREATE TEMPORARY TABLE g_para (i INT PRIMARY KEY, t VARCHAR(1000)) ENGINE=MEMORY;
INSERT INTO g_para (i, t)
SELECT q.seq, CONCAT('<p>', s1.t, ' ', s2.t, ' ', s3.t, ' ', s4.t, '</p>\n')
FROM seq_0_to_511 q
JOIN g_sent s1 ON s1.i = q.seq % 40
JOIN g_sent s2 ON s2.i = (q.seq DIV 40 * 7 + q.seq * 3 + 11) % 40
JOIN g_sent s3 ON s3.i = (q.seq * 13 + 5) % 40
JOIN g_sent s4 ON s4.i = (CRC32(q.seq) % 40);

CREATE TEMPORARY TABLE g_head (i INT PRIMARY KEY, t VARCHAR(200)) ENGINE=MEMORY;
INSERT INTO g_head VALUES
(0, 'Nhiều kết quả nổi bật'), (1, 'Những con số ấn tượng'), (2, 'Nhiệm vụ trọng tâm thời gian tới'),
(3, 'Lan tỏa tinh thần đổi mới'), (4, 'Sự đồng hành của phụ huynh'), (5, 'Phát huy vai trò của giáo viên'),
(6, 'Chuẩn bị chu đáo, chất lượng'), (7, 'Tạo sân chơi bổ ích cho học sinh');

-- Titles: subject + action + topic + school year; slugs from the same parts.
CREATE TEMPORARY TABLE g_ta (i INT PRIMARY KEY, t VARCHAR(100), s VARCHAR(100)) ENGINE=MEMORY;
INSERT INTO g_ta VALUES
(0, 'Toàn ngành Giáo dục', 'toan-nganh-giao-duc'), (1, 'Giáo viên', 'giao-vien'), (2, 'Học sinh', 'hoc-sinh'),
(3, 'Liên đội', 'lien-doi'), (4, 'Tổ chuyên môn', 'to-chuyen-mon'), (5, 'Công đoàn nhà trường', 'cong-doan'),
(6, 'Nhà trường', 'nha-truong'), (7, 'Ban giám hiệu', 'ban-giam-hieu'), (8, 'Đoàn thanh niên', 'doan-thanh-nien'),
(9, 'Hội đồng sư phạm', 'hoi-dong-su-pham'), (10, 'Phòng Giáo dục và Đào tạo', 'phong-giao-duc'),
(11, 'Ban đại diện cha mẹ học sinh', 'ban-dai-dien-cmhs');
CREATE TEMPORARY TABLE g_tb (i INT PRIMARY KEY, t VARCHAR(100), s VARCHAR(100)) ENGINE=MEMORY;
INSERT INTO g_tb VALUES
(0, 'tổ chức hội nghị', 'to-chuc-hoi-nghi'), (1, 'phát động phong trào', 'phat-dong-phong-trao'),
(2, 'triển khai kế hoạch', 'trien-khai-ke-hoach'), (3, 'tổng kết', 'tong-ket'), (4, 'tập huấn', 'tap-huan'),
(5, 'hưởng ứng', 'huong-ung'), (6, 'khai mạc hội thi', 'khai-mac-hoi-thi'),
(7, 'trao học bổng nhân dịp', 'trao-hoc-bong'), (8, 'sơ kết học kỳ I về', 'so-ket-hoc-ky'),
(9, 'ra quân', 'ra-quan'), (10, 'chung tay vì', 'chung-tay-vi'), (11, 'đẩy mạnh', 'day-manh'),
(12, 'sinh hoạt chuyên đề', 'sinh-hoat-chuyen-de'), (13, 'tích cực tham gia', 'tich-cuc-tham-gia');
CREATE TEMPORARY TABLE g_tc (i INT PRIMARY KEY, t VARCHAR(100), s VARCHAR(100)) ENGINE=MEMORY;
INSERT INTO g_tc VALUES
(0, 'chuyển đổi số trong dạy học', 'chuyen-doi-so-trong-day-hoc'), (1, 'an toàn giao thông', 'an-toan-giao-thong'),
(2, 'giáo viên dạy giỏi cấp huyện', 'giao-vien-day-gioi-cap-huyen'),
(3, 'ngày Nhà giáo Việt Nam 20/11', 'ngay-nha-giao-viet-nam'), (4, 'phòng chống đuối nước', 'phong-chong-duoi-nuoc'),
(5, 'thư viện thân thiện', 'thu-vien-than-thien'), (6, 'trường học xanh – sạch – đẹp', 'truong-hoc-xanh-sach-dep'),
(7, 'chương trình giáo dục phổ thông 2018', 'chuong-trinh-gdpt-2018'), (8, 'ngày hội đọc sách', 'ngay-hoi-doc-sach'),
(9, 'kỹ năng sống cho học sinh', 'ky-nang-song-cho-hoc-sinh'), (10, 'bữa ăn bán trú an toàn', 'bua-an-ban-tru-an-toan'),
(11, 'tuyển sinh đầu cấp', 'tuyen-sinh-dau-cap'), (12, 'học sinh giỏi cấp tỉnh', 'hoc-sinh-gioi-cap-tinh'),
(13, 'Tết Trung thu cho em', 'tet-trung-thu-cho-em'), (14, 'phòng chống dịch bệnh mùa mưa', 'phong-chong-dich-benh-mua-mua'),
(15, 'kiểm định chất lượng giáo dục', 'kiem-dinh-chat-luong-giao-duc'),
(16, 'ứng dụng trí tuệ nhân tạo', 'ung-dung-tri-tue-nhan-tao'), (17, 'giáo dục STEM', 'giao-duc-stem'),
(18, 'văn hóa ứng xử trong trường học', 'van-hoa-ung-xu-trong-truong-hoc'),
(19, 'kỷ niệm ngày thành lập Đoàn 26/3', 'ky-niem-ngay-thanh-lap-doan');

-- People: family, middle and given names.
CREATE TEMPORARY TABLE g_fam (i INT PRIMARY KEY, t VARCHAR(40)) ENGINE=MEMORY;
INSERT INTO g_fam VALUES (0,'Nguyễn'),(1,'Trần'),(2,'Lê'),(3,'Phạm'),(4,'Hoàng'),(5,'Huỳnh'),(6,'Phan'),(7,'Vũ'),
(8,'Võ'),(9,'Đặng'),(10,'Bùi'),(11,'Đỗ'),(12,'Hồ'),(13,'Ngô'),(14,'Dương'),(15,'Lý');
CREATE TEMPORARY TABLE g_mid (i INT PRIMARY KEY, t VARCHAR(40)) ENGINE=MEMORY;
INSERT INTO g_mid VALUES (0,'Văn'),(1,'Thị'),(2,'Minh'),(3,'Thu'),(4,'Ngọc'),(5,'Đức'),(6,'Thanh'),(7,'Hữu'),
(8,'Thị Thu'),(9,'Quang'),(10,'Thị Ngọc'),(11,'Xuân');
CREATE TEMPORARY TABLE g_giv (i INT PRIMARY KEY, t VARCHAR(40), s VARCHAR(40)) ENGINE=MEMORY;
INSERT INTO g_giv VALUES (0,'An','an'),(1,'Bình','binh'),(2,'Chi','chi'),(3,'Dũng','dung'),(4,'Giang','giang'),
(5,'Hà','ha'),(6,'Hải','hai'),(7,'Hạnh','hanh'),(8,'Hoa','hoa'),(9,'Hùng','hung'),(10,'Hương','huong'),
(11,'Khánh','khanh'),(12,'Lan','lan'),(13,'Linh','linh'),(14,'Long','long'),(15,'Mai','mai'),(16,'Nam','nam'),
(17,'Nga','nga'),(18,'Phúc','phuc'),(19,'Quân','quan'),(20,'Sơn','son'),(21,'Tâm','tam'),(22,'Thảo','thao'),
(23,'Trang','trang');

-- School names and the communes they are in.
CREATE TEMPORARY TABLE g_stem (i INT PRIMARY KEY, t VARCHAR(60), s VARCHAR(60)) ENGINE=MEMORY;
INSERT INTO g_stem VALUES
(0,'Hoa Sen','hoa-sen'),(1,'Sơn Ca','son-ca'),(2,'Bình Minh','binh-minh'),(3,'Hoa Mai','hoa-mai'),
(4,'Họa Mi','hoa-mi'),(5,'Tuổi Thơ','tuoi-tho'),(6,'Măng Non','mang-non'),(7,'Hướng Dương','huong-duong'),
(8,'Kim Đồng','kim-dong'),(9,'Lê Văn Tám','le-van-tam'),(10,'Nguyễn Văn Trỗi','nguyen-van-troi'),
(11,'Võ Thị Sáu','vo-thi-sau'),(12,'Lê Lợi','le-loi'),(13,'Nguyễn Trãi','nguyen-trai'),(14,'Trần Phú','tran-phu'),
(15,'Quang Trung','quang-trung'),(16,'Lý Thường Kiệt','ly-thuong-kiet'),(17,'Trần Hưng Đạo','tran-hung-dao'),
(18,'Nguyễn Du','nguyen-du'),(19,'Lê Quý Đôn','le-quy-don'),(20,'Chu Văn An','chu-van-an'),
(21,'Nguyễn Gia Thiều','nguyen-gia-thieu'),(22,'Phan Bội Châu','phan-boi-chau'),
(23,'Huỳnh Thúc Kháng','huynh-thuc-khang'),(24,'Nguyễn Bỉnh Khiêm','nguyen-binh-khiem'),
(25,'Lương Thế Vinh','luong-the-vinh'),(26,'Hoàng Hoa Thám','hoang-hoa-tham'),(27,'Phan Chu Trinh','phan-chu-trinh'),
(28,'Trần Quốc Toản','tran-quoc-toan'),(29,'Ngô Quyền','ngo-quyen'),(30,'Lê Hồng Phong','le-hong-phong'),
(31,'Nguyễn Huệ','nguyen-hue'),(32,'Bình An','binh-an'),(33,'Tân Hiệp','tan-hiep'),(34,'Thanh Sơn','thanh-son'),
(35,'Phú Mỹ','phu-my'),(36,'Hòa Đông','hoa-dong'),(37,'Tân Phước','tan-phuoc'),(38,'Bình Phước','binh-phuoc'),
(39,'Phú Thịnh','phu-thinh');
CREATE TEMPORARY TABLE g_level (i INT PRIMARY KEY, code VARCHAR(32), t VARCHAR(40), short_t VARCHAR(10), s VARCHAR(10)) ENGINE=MEMORY;
INSERT INTO g_level VALUES (0,'mam-non','Trường Mầm non','MN','mn'),(1,'tieu-hoc','Trường Tiểu học','TH','th'),
(2,'thcs','Trường THCS','THCS','thcs');

-- ---- sites -----------------------------------------------------------------------------

INSERT INTO sites (id, parent_id, slug, level_code, name, short_name, hostname, base_url, address, phone,
                   hotline, email, welcome, sort_order) VALUES
(1, NULL, 'phong-gddt', 'phong', 'Phòng Giáo dục và Đào tạo huyện Thanh Bình', 'Phòng GD&ĐT Thanh Bình', NULL, '',
 'Số 25 đường Hùng Vương, thị trấn Thanh Bình, huyện Thanh Bình', '0235 3861 245', '0905 861 245',
 'phonggddt@thanhbinh.edu.vn',
 'Chào mừng quý vị đến với Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Thanh Bình', 0);

-- School n (1..299): level n % 3, name stem (n DIV 3) % 40, numbered when the stem repeats.
INSERT INTO sites (id, parent_id, slug, level_code, name, short_name, address, phone, hotline, email, welcome, sort_order)
SELECT q.seq + 1, 1,
       CONCAT(l.s, '-', st.s, IF(q.k > 0, CONCAT('-', q.k + 1), '')),
       l.code,
       CONCAT(l.t, ' ', st.t, IF(q.k > 0, CONCAT(' số ', q.k + 1), '')),
       CONCAT(l.short_t, ' ', st.t, IF(q.k > 0, CONCAT(' số ', q.k + 1), '')),
       CONCAT('Thôn ', 1 + q.seq % 9, ', xã ', cm.t, ', huyện Thanh Bình'),
       CONCAT('0235 38', LPAD(q.seq * 37 % 100, 2, '0'), ' ', LPAD(q.seq * 53 % 1000, 3, '0')),
       CONCAT('09', 1 + q.seq % 9, q.seq % 10, ' ', LPAD(q.seq * 7919 % 1000, 3, '0'), ' ', LPAD(q.seq * 31 % 1000, 3, '0')),
       CONCAT(l.s, REPLACE(st.s, '-', ''), IF(q.k > 0, q.k + 1, ''), '@thanhbinh.edu.vn'),
       CONCAT(l.t, ' ', st.t, IF(q.k > 0, CONCAT(' số ', q.k + 1), ''), ' – học tốt, chăm ngoan, sống đẹp'),
       q.seq * 10
FROM (SELECT seq, seq % 3 AS lv, (seq DIV 3) % 40 AS stem, (seq DIV 3) DIV 40 AS k FROM seq_1_to_299) q
JOIN g_level l ON l.i = q.lv
JOIN g_stem st ON st.i = q.stem
JOIN g_stem cm ON cm.i = 32 + q.seq % 8;

-- ---- categories: 6 per site, ids (site - 1) * 6 + 1..6 ---------------------------------

CREATE TEMPORARY TABLE g_cat (i INT PRIMARY KEY, os VARCHAR(60), ot VARCHAR(100), od VARCHAR(200),
                              ss VARCHAR(60), st VARCHAR(100), sd VARCHAR(200)) ENGINE=MEMORY;
INSERT INTO g_cat VALUES
(1, 'tin-giao-duc', 'Tin giáo dục', 'Tin tức hoạt động của ngành Giáo dục và Đào tạo huyện Thanh Bình',
    'tin-tuc', 'Tin tức – sự kiện', 'Hoạt động, sự kiện của nhà trường'),
(2, 'thong-bao', 'Thông báo', 'Thông báo của Phòng Giáo dục và Đào tạo gửi các trường, giáo viên, phụ huynh và người dân',
    'thong-bao', 'Thông báo', 'Thông báo của nhà trường gửi phụ huynh và cán bộ, giáo viên, nhân viên'),
(3, 'hoat-dong-chuyen-mon', 'Hoạt động chuyên môn', 'Tập huấn, chuyên đề, hội giảng, sinh hoạt chuyên môn các cấp học',
    'hoat-dong-chuyen-mon', 'Hoạt động chuyên môn', 'Sinh hoạt tổ chuyên môn, chuyên đề, hội giảng'),
(4, 'thi-dua-khen-thuong', 'Thi đua – khen thưởng', 'Phong trào thi đua, kết quả khen thưởng tập thể và cá nhân toàn ngành',
    'hoat-dong-ngoai-khoa', 'Hoạt động ngoài giờ', 'Hoạt động trải nghiệm, Đội – Sao nhi đồng, văn nghệ, thể thao'),
(5, 'chuyen-doi-so', 'Chuyển đổi số', 'Ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và dạy học',
    'goc-phu-huynh', 'Góc phụ huynh', 'Kiến thức nuôi dạy con, phối hợp giữa gia đình và nhà trường'),
(6, 'guong-sang', 'Gương sáng học đường', 'Những tấm gương nhà giáo, học sinh và người tốt việc tốt trong trường học',
    'guong-sang', 'Gương sáng học đường', 'Những tấm gương thầy cô và học sinh tiêu biểu');

INSERT INTO categories (id, site_id, parent_id, slug, name, description, sort_order, on_home)
SELECT (s.id - 1) * 6 + c.i, s.id, NULL, IF(s.id = 1, c.os, c.ss), IF(s.id = 1, c.ot, c.st),
       IF(s.id = 1, c.od, c.sd), c.i, 1
FROM sites s JOIN g_cat c;

-- Later schemas (0002): the announcements category feeds the home page's notice block.
DELIMITER //
BEGIN NOT ATOMIC
  IF EXISTS (SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
             AND TABLE_NAME = 'categories' AND COLUMN_NAME = 'is_notice') THEN
    EXECUTE IMMEDIATE 'UPDATE categories SET is_notice = 1 WHERE slug = ''thong-bao''';
  END IF;
END //
DELIMITER ;

-- ---- articles ----------------------------------------------------------------------------
-- Row n: the office with probability 1/5, else a school; categories skewed (the first holds
-- 35%); published_at increases with n (ids in time order, as in real life) with jitter.
-- Ids are the row numbers 1..100,000; inserted in batches of 10,000 rows.
DELIMITER //
BEGIN NOT ATOMIC
  DECLARE b INT DEFAULT 0;
  WHILE b < @articles DIV 10000 DO
    INSERT INTO articles (id, site_id, category_id, genre_code, title, slug, summary, body, cover_path, cover_alt,
                          author_name, source_author, source_name, source_url, source_date, status, featured,
                          published_at, created_at, updated_at, view_count)
    SELECT q.seq, q.site, (q.site - 1) * 6 + q.cat,
           ELT(1 + q.h4 % 9, 'tin-ngan', 'tin-hoi-nghi', 'anh-hoat-dong', 'bai-phan-anh', 'tuong-thuat',
               'phong-su', 'bai-chuyen-sau', NULL, 'tin-ngan'),
           CONCAT(ta.t, ' ', tb.t, ' ', tc.t, ' năm học ', q.yr, '–', q.yr + 1),
           CONCAT(ta.s, '-', tb.s, '-', tc.s, '-nam-hoc-', q.yr, '-', q.yr + 1),
           CONCAT(s1.t, ' ', s2.t),
           CONCAT(p1.t, p2.t, IF(q.np >= 6, p6.t, ''), '<h2>', hd.t, '</h2>\n', p3.t,
                  IF(q.h4 % 4 = 0, CONCAT('<ul>\n<li>', s3.t, '</li>\n<li>', s1.t, '</li>\n</ul>\n'), ''),
                  p4.t, IF(q.np >= 5, p5.t, ''), IF(q.np >= 7, p7.t, '')),
           IF(q.h5 % 10 < 4, '/static/img/logo.svg', NULL),
           IF(q.h5 % 10 < 4, CONCAT('Ảnh: ', ta.t, ' ', tb.t, ' ', tc.t), ''),
           CONCAT(fa.t, ' ', mi.t, ' ', gi.t),
           IF(q.h5 % 20 = 7, CONCAT(fa.t, ' ', gi.t), NULL),
           IF(q.h5 % 20 = 7, 'Báo Giáo dục và Thời đại', NULL),
           IF(q.h5 % 40 = 7, CONCAT('https://giaoducthoidai.vn/bai-', q.seq, '.html'), NULL),
           IF(q.h5 % 20 = 7, DATE(q.pub), NULL),
           'published',
           0,
           q.pub, q.pub - INTERVAL 2 HOUR, q.pub, FLOOR(POW((q.h6 % 1000) / 1000, 3) * 20000) + q.h6 % 50
    FROM (
      SELECT seq,
             IF(CRC32(CONCAT('s', seq)) % 5 = 0, 1, 2 + CRC32(CONCAT('t', seq)) % 299) AS site,
             ELT(1 + CRC32(CONCAT('c', seq)) % 20, 1,1,1,1,1,1,1, 2,2,2,2, 3,3,3, 4,4,4, 5,5, 6) AS cat,
             CRC32(CONCAT('x', seq)) AS h1, CRC32(CONCAT('y', seq)) AS h2, CRC32(CONCAT('z', seq)) AS h3,
             CRC32(CONCAT('g', seq)) AS h4, CRC32(CONCAT('k', seq)) AS h5, CRC32(CONCAT('v', seq)) AS h6,
             4 + CRC32(CONCAT('n', seq)) % 4 AS np,
             @start + INTERVAL (seq * (@span DIV @articles) + CRC32(CONCAT('j', seq)) % 900) SECOND AS pub,
             YEAR(@start + INTERVAL (seq * (@span DIV @articles)) SECOND)
               - IF(MONTH(@start + INTERVAL (seq * (@span DIV @articles)) SECOND) < 9, 1, 0) AS yr
      FROM seq_1_to_100000
      WHERE seq BETWEEN b * 10000 + 1 AND (b + 1) * 10000
    ) q
    JOIN g_ta ta ON ta.i = q.h1 % 12
    JOIN g_tb tb ON tb.i = (q.h1 DIV 12) % 14
    JOIN g_tc tc ON tc.i = (q.h1 DIV 168) % 20
    JOIN g_sent s1 ON s1.i = q.h2 % 40
    JOIN g_sent s2 ON s2.i = (q.h2 DIV 40) % 40
    JOIN g_sent s3 ON s3.i = (q.h2 DIV 1600) % 40
    JOIN g_head hd ON hd.i = q.h4 % 8
    JOIN g_para p1 ON p1.i = q.h3 % 512
    JOIN g_para p2 ON p2.i = (q.h3 DIV 512) % 512
    JOIN g_para p3 ON p3.i = (q.h3 DIV 262144) % 512
    JOIN g_para p4 ON p4.i = q.h6 % 512
    JOIN g_para p5 ON p5.i = (q.h6 DIV 512) % 512
    JOIN g_para p6 ON p6.i = (q.h6 DIV 262144) % 512
    JOIN g_para p7 ON p7.i = (q.h5 DIV 64) % 512
    JOIN g_fam fa ON fa.i = q.h5 % 16
    JOIN g_mid mi ON mi.i = (q.h5 DIV 16) % 12
    JOIN g_giv gi ON gi.i = (q.h4 DIV 16) % 24
    ORDER BY q.seq;
    SET b = b + 1;
  END WHILE;
END //
DELIMITER ;

-- A few featured per site: the 1st, 4th, 9th, 16th and 25th newest, and 1 in 300 at random.
UPDATE articles a
JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY site_id ORDER BY published_at DESC, id DESC) AS rn
      FROM articles) r ON r.id = a.id
SET a.featured = 1
WHERE r.rn IN (1, 4, 9, 16, 25) OR CRC32(CONCAT('f', a.id)) % 300 = 0;

-- Rows no public page may show: drafts and submitted ones (dated like published ones) and
-- articles scheduled in the future, on the office and on schools.
INSERT INTO articles (site_id, category_id, genre_code, title, slug, summary, body, author_name, status,
                      featured, published_at, created_at, updated_at, view_count)
SELECT q.site, (q.site - 1) * 6 + 1 + q.seq % 6, 'tin-ngan',
       CONCAT(IF(q.seq % 3 = 0, 'Lịch công tác tuần tới: ', 'Dự thảo: '), s1.t),
       CONCAT(IF(q.seq % 3 = 0, 'lich-cong-tac-', 'du-thao-'), q.seq),
       s1.t, CONCAT(p1.t, p2.t), 'Ban biên tập',
       ELT(1 + q.seq % 3, 'published', 'draft', 'submitted'),
       q.seq % 2,
       IF(q.seq % 3 = 0, @now + INTERVAL (2 + q.seq) HOUR, @now - INTERVAL q.seq HOUR),
       @now, @now, 0
FROM (SELECT seq, IF(seq % 4 = 0, 1, 2 + seq % 299) AS site FROM seq_1_to_900) q
JOIN g_sent s1 ON s1.i = q.seq % 40
JOIN g_para p1 ON p1.i = q.seq % 512
JOIN g_para p2 ON p2.i = (q.seq * 17) % 512;

-- ---- introduction pages and staff --------------------------------------------------------

INSERT INTO pages (site_id, slug, title, body, sort_order, updated_at)
SELECT s.id, pg.slug, pg.title,
       CONCAT(p1.t, '<h2>', pg.head, '</h2>\n', p2.t, p3.t, p4.t, p5.t, p6.t), pg.ord, @now - INTERVAL s.id DAY
FROM sites s
JOIN (SELECT 1 AS ord, 'lich-su' AS slug, 'Lịch sử hình thành' AS title, 'Những chặng đường phát triển' AS head
      UNION ALL SELECT 2, 'chuc-nang-nhiem-vu', 'Chức năng, nhiệm vụ', 'Nhiệm vụ và quyền hạn'
      UNION ALL SELECT 3, 'co-cau-to-chuc', 'Cơ cấu tổ chức', 'Các tổ chuyên môn'
      UNION ALL SELECT 4, 'ban-lanh-dao', 'Ban lãnh đạo', 'Phân công nhiệm vụ') pg
JOIN g_para p1 ON p1.i = (s.id * 5 + pg.ord) % 512
JOIN g_para p2 ON p2.i = (s.id * 11 + pg.ord * 3) % 512
JOIN g_para p3 ON p3.i = (s.id * 17 + pg.ord * 7) % 512
JOIN g_para p4 ON p4.i = (s.id * 23 + pg.ord * 11) % 512
JOIN g_para p5 ON p5.i = (s.id * 29 + pg.ord * 13) % 512
JOIN g_para p6 ON p6.i = (s.id * 31 + pg.ord * 17) % 512;

INSERT INTO staff (site_id, full_name, position, position_rank, department, phone, email, duties, is_leader)
SELECT s.id, CONCAT(fa.t, ' ', mi.t, ' ', gi.t),
       CASE WHEN n.seq = 1 THEN IF(s.id = 1, 'Trưởng phòng', 'Hiệu trưởng')
            WHEN n.seq <= 3 THEN IF(s.id = 1, 'Phó Trưởng phòng', 'Phó Hiệu trưởng')
            WHEN n.seq <= 6 THEN IF(s.id = 1, 'Chuyên viên chính', 'Tổ trưởng chuyên môn')
            WHEN n.seq <= 13 THEN IF(s.id = 1, 'Chuyên viên', 'Giáo viên')
            ELSE IF(s.id = 1, 'Kế toán', 'Nhân viên văn phòng') END,
       CASE WHEN n.seq = 1 THEN 10 WHEN n.seq <= 3 THEN 20 WHEN n.seq <= 6 THEN 30
            WHEN n.seq <= 13 THEN 50 ELSE 60 END,
       IF(n.seq <= 3, IF(s.id = 1, 'Lãnh đạo Phòng', 'Ban giám hiệu'), IF(n.seq <= 13, 'Tổ chuyên môn', 'Văn phòng')),
       CONCAT('0905 ', LPAD((s.id * 131 + n.seq * 17) % 1000, 3, '0'), ' ', LPAD((s.id * 7 + n.seq * 101) % 1000, 3, '0')),
       CONCAT(gi.s, s.id, '.', n.seq, '@thanhbinh.edu.vn'),
       CONCAT(s1.t, ' ', s2.t),
       n.seq <= 3
FROM sites s
JOIN seq_1_to_15 n
JOIN g_fam fa ON fa.i = (s.id * 7 + n.seq * 3) % 16
JOIN g_mid mi ON mi.i = (s.id * 5 + n.seq) % 12
JOIN g_giv gi ON gi.i = (s.id * 11 + n.seq * 13) % 24
JOIN g_sent s1 ON s1.i = (s.id + n.seq * 7) % 40
JOIN g_sent s2 ON s2.i = (s.id * 3 + n.seq) % 40;

-- ---- the home page's other blocks (migration 0002): covers, links, visits ---------------
-- One cover picture per site (the files need not exist: the benchmark measures the HTML),
-- on two articles in three; five links per site for the links block; two months of visits.
INSERT INTO media (site_id, kind, path, original_name, mime_type, size_bytes, sha256, width, height, thumb_widths, alt)
SELECT s.id, 'image', CONCAT('bench/', s.id, '/anh-bia.jpg'), 'anh-bia.jpg', 'image/jpeg', 123456,
       SHA2(CONCAT('bench', s.id), 256), 1280, 720, '320,640,1024', 'Ảnh hoạt động của nhà trường'
FROM sites s;
UPDATE articles a JOIN media m ON m.site_id = a.site_id
SET a.cover_media_id = m.id, a.cover_alt = m.alt
WHERE a.id % 3 <> 0;
INSERT INTO links (site_id, group_name, title, url, description, sort_order, on_home)
SELECT s.id, 'Liên kết', CONCAT('Cổng thông tin liên kết số ', n.seq), CONCAT('https://lien-ket-', n.seq, '.edu.vn'), '', n.seq, 1
FROM sites s JOIN seq_1_to_5 n;
INSERT INTO site_visits (site_id, day, visits)
SELECT s.id, @now - INTERVAL n.seq DAY, 50 + (s.id * 37 + n.seq * 53) % 400 FROM sites s JOIN seq_1_to_60 n;

ANALYZE TABLE sites, categories, articles, pages, staff, media, links, site_visits;
