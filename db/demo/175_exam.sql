-- Demo exam (tra cứu điểm): the office's survey of grade 9 with 2,000 candidates,
-- generated (numbers KS90001–KS92000, dates of birth in 2011, scores from the number),
-- open for lookup from yesterday for 60 days. `portalctl exam example` prints one to try.
INSERT INTO exams (id, site_id, code, name, subjects, opens_at, closes_at, imported_at) VALUES
(1, 1, 'khao-sat-lop-9-hk1', 'Khảo sát chất lượng học sinh lớp 9 học kỳ I năm học 2026–2027', 'Toán|Ngữ văn|Tiếng Anh',
 UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 60 DAY, UTC_TIMESTAMP());

INSERT INTO exam_results (exam_id, candidate_no, birth_date, full_name, school, scores, total, result)
WITH RECURSIVE d (k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 49),
seq AS (SELECT a.k * 40 + b.k + 1 AS n FROM d a JOIN d b ON b.k < 40),
scored AS (
  SELECT n, ((n * 37) % 41) / 4 AS toan, ((n * 53 + 7) % 41) / 4 AS van, ((n * 71 + 3) % 41) / 4 AS anh FROM seq
)
SELECT 1, CONCAT('KS9', LPAD(n, 4, '0')),
  DATE('2011-01-01') + INTERVAL ((n * 7919) % 365) DAY,
  CONCAT(ELT(1 + n % 12, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'), ' ',
         ELT(1 + (n DIV 12) % 8, 'Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Gia'), ' ',
         ELT(1 + (n * 7) % 20, 'An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hân', 'Khang', 'Khoa',
             'Linh', 'Long', 'Mai', 'Nam', 'Ngân', 'Phúc', 'Quân', 'Tâm', 'Trang', 'Vy')),
  ELT(1 + n % 3, 'THCS Nguyễn Gia Thiều', 'THCS Lê Quý Đôn', 'THCS Trần Hưng Đạo'),
  CONCAT_WS('|',
    TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(toan AS DECIMAL(4,2)))),
    TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(van AS DECIMAL(4,2)))),
    IF(n % 97 = 0, '', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(anh AS DECIMAL(4,2)))))),
  TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(toan + van + IF(n % 97 = 0, 0, anh) AS DECIMAL(5,2)))),
  IF(toan + van + IF(n % 97 = 0, 0, anh) >= 15, 'Đạt', 'Chưa đạt')
FROM scored;
