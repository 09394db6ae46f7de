-- 0072: exam results lookup (tra cứu điểm; SPEC A10, seed 003 §2.11). Results are
-- imported per exam from CSV; a candidate finds only their own row, by candidate number
-- AND date of birth together; an exam is open for lookup between two set times.
CREATE TABLE exams (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id     INT UNSIGNED NOT NULL,
  code        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name        VARCHAR(255) NOT NULL,
  -- Subject names of the score columns, in order, separated by '|'.
  subjects    VARCHAR(1000) NOT NULL DEFAULT '',
  opens_at    DATETIME     NULL,
  closes_at   DATETIME     NULL,
  imported_at DATETIME     NULL,
  created_at  DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  UNIQUE KEY uq_exams_code (site_id, code),
  CONSTRAINT fk_exams_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE exam_results (
  exam_id       INT UNSIGNED NOT NULL,
  candidate_no  VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  birth_date    DATE         NOT NULL,
  full_name     VARCHAR(100) NOT NULL,
  school        VARCHAR(255) NOT NULL DEFAULT '',
  -- Scores in the order of exams.subjects, '|'-separated; '' for an absent score.
  scores        VARCHAR(500) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  total         VARCHAR(10)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  result        VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (exam_id, candidate_no),
  CONSTRAINT fk_exam_results_exam FOREIGN KEY (exam_id) REFERENCES exams (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;
