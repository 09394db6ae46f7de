-- The search benchmark's documents (tests/bench/search.sh), generated in SQL after
-- gen-data.sql (its 300 sites) into the bench database: @documents official documents
-- (set by search.sh before this file) with NĐ 30 numbers, abstracts combined
-- pseudo-randomly (CRC32 of the row number: the same data every time) from the fragments
-- below, types and issuers of a district's documents, issued over the last 3 years; one
-- in ten internal (never indexed). No files: the index holds their metadata and abstract.

SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;
SET SESSION foreign_key_checks = 0, unique_checks = 0;
SET @now = UTC_TIMESTAMP() - INTERVAL 1 HOUR;

INSERT INTO document_issuers (id, slug, name, code, level, site_id, sort_order) VALUES
  (9001, 'bench-bgddt', 'Bộ Giáo dục và Đào tạo', 'BGDĐT', 'bo', NULL, 1),
  (9002, 'bench-sgddt', 'Sở Giáo dục và Đào tạo', 'SGDĐT', 'so', NULL, 2),
  (9003, 'bench-ubnd', 'Ủy ban nhân dân huyện', 'UBND', 'huyen', NULL, 3),
  (9004, 'bench-pgddt', 'Phòng Giáo dục và Đào tạo', 'PGDĐT', 'phong', 1, 4),
  (9005, 'bench-truong', 'Trường Trung học cơ sở', 'THCS', 'truong', NULL, 5);

CREATE TEMPORARY TABLE g_dtype (i INT PRIMARY KEY, code VARCHAR(32), sym VARCHAR(16)) ENGINE=MEMORY;
INSERT INTO g_dtype VALUES (0, 'cong-van', ''), (1, 'quyet-dinh', 'QĐ'), (2, 'ke-hoach', 'KH'),
  (3, 'thong-bao', 'TB'), (4, 'huong-dan', 'HD'), (5, 'bao-cao', 'BC'), (6, 'cong-van', ''),
  (7, 'chi-thi', 'CT'), (8, 'giay-moi', 'GM'), (9, 'thong-tu', 'TT');

CREATE TEMPORARY TABLE g_dact (i INT PRIMARY KEY, t VARCHAR(100)) ENGINE=MEMORY;
INSERT INTO g_dact VALUES (0, 'Về việc triển khai'), (1, 'Về việc tổ chức'), (2, 'Hướng dẫn thực hiện'),
  (3, 'Về việc báo cáo kết quả'), (4, 'Ban hành quy chế'), (5, 'Về việc tăng cường'),
  (6, 'Kế hoạch thực hiện'), (7, 'Về việc kiểm tra'), (8, 'Quy định về'), (9, 'Về việc tham gia'),
  (10, 'Thông báo kết quả'), (11, 'Về việc phê duyệt');

CREATE TEMPORARY TABLE g_dtopic (i INT PRIMARY KEY, t VARCHAR(200)) ENGINE=MEMORY;
INSERT INTO g_dtopic VALUES
  (0, 'công tác tuyển sinh vào lớp 1 và lớp 6'), (1, 'bồi dưỡng thường xuyên giáo viên'),
  (2, 'kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia'),
  (3, 'chuyển đổi số trong quản lý và dạy học'), (4, 'phòng chống đuối nước cho học sinh'),
  (5, 'thi chọn học sinh giỏi cấp huyện'), (6, 'đánh giá, xếp loại viên chức'),
  (7, 'học phí và hỗ trợ chi phí học tập'), (8, 'an toàn thực phẩm trong bữa ăn bán trú'),
  (9, 'chương trình giáo dục phổ thông 2018'), (10, 'thi đua khen thưởng năm học'),
  (11, 'công khai trong hoạt động của cơ sở giáo dục'), (12, 'sách giáo khoa và thiết bị dạy học'),
  (13, 'phòng chống dịch bệnh trong trường học'), (14, 'giáo dục kỹ năng sống và hoạt động trải nghiệm'),
  (15, 'tổ chức Hội khỏe Phù Đổng'), (16, 'xét tốt nghiệp trung học cơ sở'),
  (17, 'cơ sở vật chất trường lớp trước mùa mưa bão'), (18, 'sáp nhập điểm trường lẻ'),
  (19, 'tuyển dụng viên chức giáo dục'), (20, 'phổ cập giáo dục, xóa mù chữ'),
  (21, 'an toàn giao thông cho học sinh'), (22, 'ứng dụng trí tuệ nhân tạo trong giảng dạy'),
  (23, 'giáo dục STEM và nghiên cứu khoa học'), (24, 'văn hóa đọc và thư viện trường học'),
  (25, 'y tế trường học và khám sức khỏe định kỳ'), (26, 'hồ sơ sổ sách điện tử, học bạ số'),
  (27, 'dạy thêm, học thêm'), (28, 'ngày Nhà giáo Việt Nam 20 tháng 11'), (29, 'kế hoạch năm học mới');

CREATE TEMPORARY TABLE g_dend (i INT PRIMARY KEY, t VARCHAR(100)) ENGINE=MEMORY;
INSERT INTO g_dend VALUES (0, 'năm học 2023-2024'), (1, 'năm học 2024-2025'), (2, 'năm học 2025-2026'),
  (3, 'trên địa bàn huyện'), (4, 'tại các trường mầm non, tiểu học'), (5, 'tại các trường trung học cơ sở'),
  (6, 'giai đoạn 2025-2030'), (7, 'học kỳ I'), (8, 'học kỳ II'), (9, 'của ngành giáo dục');

INSERT INTO documents (site_id, type_code, issuer_id, number_symbol, number, year, type_symbol, issuer_symbol,
                       abstract, slug, signer_name, signer_position, issued_on, effective_on, validity,
                       direction, visibility, body, created_at, updated_at)
SELECT q.site, ty.code, q.issuer,
       IF(ty.code = 'thong-tu', CONCAT(q.seq, '/', YEAR(q.issued), '/TT-BGDĐT'),
          CONCAT(q.seq, '/', IF(ty.sym = '', '', CONCAT(ty.sym, '-')), q.icode)),
       q.seq, YEAR(q.issued), ty.sym, IF(ty.code = 'thong-tu', 'BGDĐT', q.icode),
       CONCAT(a.t, ' ', t1.t, ' ', e.t), CONCAT('van-ban-', q.seq),
       'Nguyễn Văn An', 'Trưởng phòng', DATE(q.issued), DATE(q.issued) + INTERVAL 10 DAY,
       'con-hieu-luc', IF(q.issuer IN (9001, 9002, 9003), 'den', 'di'),
       IF(q.h3 % 10 = 0, 'noi-bo', 'cong-khai'),
       CONCAT('Căn cứ tình hình thực tế, đề nghị các đơn vị thực hiện ', t2.t, ' ', e.t, '.'),
       q.issued, q.issued
FROM (
  SELECT seq,
         IF(CRC32(CONCAT('ds', seq)) % 3 = 0, 1, 2 + CRC32(CONCAT('dt', seq)) % 299) AS site,
         ELT(1 + CRC32(CONCAT('di', seq)) % 5, 9001, 9002, 9003, 9004, 9005) AS issuer,
         ELT(1 + CRC32(CONCAT('di', seq)) % 5, 'BGDĐT', 'SGDĐT', 'UBND', 'PGDĐT', 'THCS') AS icode,
         CRC32(CONCAT('da', seq)) AS h1, CRC32(CONCAT('db', seq)) AS h2, CRC32(CONCAT('dc', seq)) AS h3,
         @now - INTERVAL (CRC32(CONCAT('dd', seq)) % (3 * 365 * 86400)) SECOND AS issued
  FROM seq_1_to_1000000
  WHERE seq <= @documents
) q
JOIN g_dtype ty ON ty.i = q.h1 % 10
JOIN g_dact a ON a.i = (q.h1 DIV 10) % 12
JOIN g_dtopic t1 ON t1.i = q.h2 % 30
JOIN g_dtopic t2 ON t2.i = (q.h2 DIV 30) % 30
JOIN g_dend e ON e.i = (q.h2 DIV 900) % 10;
