-- 0070: working days (ngày làm việc) for deadlines that count them (seed 002 Điều 14.2:
-- answers to readers within 5 working days, 10 for complex cases). Saturdays and Sundays
-- are days off; this table holds the exceptions the government announces each year:
-- public holidays and the days given in lieu or swapped (nghỉ), and the weekend days
-- worked in exchange (làm bù). Data, edited in /admin/ngay-nghi, not constants in code.
CREATE TABLE holidays (
  day         DATE         NOT NULL PRIMARY KEY,
  -- 'nghi': not a working day although a weekday; 'lam-bu': a working Saturday/Sunday.
  kind        ENUM('nghi','lam-bu') NOT NULL DEFAULT 'nghi',
  name        VARCHAR(200) NOT NULL,
  updated_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP()
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- The shipped calendar: Vietnamese public holidays 2025–2027 for the working-day calendar (Bộ luật Lao động
-- 2019 Điều 112 and the Prime Minister's / Ministry's yearly notices). Only weekdays that
-- are off and weekend days that are worked are listed: a holiday falling on a weekend is
-- given in lieu on the next working day. Lunar holidays by their solar dates. Rows marked
-- "dự kiến" are expected dates to confirm against the notice when it is issued.
INSERT INTO holidays (day, kind, name) VALUES
('2025-01-01', 'nghi', 'Tết Dương lịch'),
('2025-01-27', 'nghi', 'Tết Nguyên đán Ất Tỵ (28 Tết)'),
('2025-01-28', 'nghi', 'Tết Nguyên đán Ất Tỵ (29 Tết)'),
('2025-01-29', 'nghi', 'Tết Nguyên đán Ất Tỵ (mùng 1)'),
('2025-01-30', 'nghi', 'Tết Nguyên đán Ất Tỵ (mùng 2)'),
('2025-01-31', 'nghi', 'Tết Nguyên đán Ất Tỵ (mùng 3)'),
('2025-04-07', 'nghi', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
('2025-04-26', 'lam-bu', 'Làm bù cho ngày nghỉ 02/5/2025'),
('2025-04-30', 'nghi', 'Ngày Chiến thắng 30/4'),
('2025-05-01', 'nghi', 'Ngày Quốc tế Lao động 1/5'),
('2025-05-02', 'nghi', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'),
('2025-09-01', 'nghi', 'Quốc khánh (ngày liền kề)'),
('2025-09-02', 'nghi', 'Quốc khánh 2/9'),
('2026-01-01', 'nghi', 'Tết Dương lịch'),
('2026-01-02', 'nghi', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)'),
('2026-01-10', 'lam-bu', 'Làm bù cho ngày nghỉ 02/01/2026'),
('2026-02-16', 'nghi', 'Tết Nguyên đán Bính Ngọ (29 Tết)'),
('2026-02-17', 'nghi', 'Tết Nguyên đán Bính Ngọ (mùng 1)'),
('2026-02-18', 'nghi', 'Tết Nguyên đán Bính Ngọ (mùng 2)'),
('2026-02-19', 'nghi', 'Tết Nguyên đán Bính Ngọ (mùng 3)'),
('2026-02-20', 'nghi', 'Tết Nguyên đán Bính Ngọ (mùng 4)'),
('2026-04-27', 'nghi', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4)'),
('2026-04-30', 'nghi', 'Ngày Chiến thắng 30/4'),
('2026-05-01', 'nghi', 'Ngày Quốc tế Lao động 1/5'),
('2026-09-01', 'nghi', 'Quốc khánh (ngày liền kề)'),
('2026-09-02', 'nghi', 'Quốc khánh 2/9'),
('2027-01-01', 'nghi', 'Tết Dương lịch'),
('2027-02-05', 'nghi', 'Tết Nguyên đán Đinh Mùi (30 Tết, dự kiến)'),
('2027-02-08', 'nghi', 'Tết Nguyên đán Đinh Mùi (mùng 3, dự kiến)'),
('2027-02-09', 'nghi', 'Tết Nguyên đán Đinh Mùi (mùng 4, dự kiến)'),
('2027-02-10', 'nghi', 'Nghỉ bù Tết Nguyên đán (mùng 1 là thứ Bảy, dự kiến)'),
('2027-02-11', 'nghi', 'Nghỉ bù Tết Nguyên đán (mùng 2 là Chủ nhật, dự kiến)'),
('2027-04-16', 'nghi', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
('2027-04-30', 'nghi', 'Ngày Chiến thắng 30/4'),
('2027-05-03', 'nghi', 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)'),
('2027-09-02', 'nghi', 'Quốc khánh 2/9'),
('2027-09-03', 'nghi', 'Quốc khánh (ngày liền kề, dự kiến)');
