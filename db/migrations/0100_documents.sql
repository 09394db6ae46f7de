-- 0100: official documents (văn bản, SPEC A5), drafts open for public comment (dự thảo
-- lấy ý kiến) and administrative procedures (thủ tục hành chính, SPEC A6).
-- Numbers and symbols follow Nghị định 30/2020/NĐ-CP (core/docnumber.h parses them).

-- Types of documents are data: name and the abbreviation NĐ 30 (Phụ lục III) gives it.
-- Công văn has no abbreviation (symbol '').
CREATE TABLE document_types (
  code        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  symbol      VARCHAR(16)  NOT NULL DEFAULT '',
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO document_types (code, name, symbol, sort_order) VALUES
  ('luat',        'Luật',                'QH',   5),
  ('nghi-dinh',   'Nghị định',           'NĐ',   10),
  ('thong-tu',    'Thông tư',            'TT',   20),
  ('thong-tu-lien-tich', 'Thông tư liên tịch', 'TTLT', 25),
  ('nghi-quyet',  'Nghị quyết',          'NQ',   30),
  ('quyet-dinh',  'Quyết định',          'QĐ',   40),
  ('chi-thi',     'Chỉ thị',             'CT',   50),
  ('cong-van',    'Công văn',            '',     60),
  ('thong-bao',   'Thông báo',           'TB',   70),
  ('ke-hoach',    'Kế hoạch',            'KH',   80),
  ('huong-dan',   'Hướng dẫn',           'HD',   90),
  ('bao-cao',     'Báo cáo',             'BC',   100),
  ('to-trinh',    'Tờ trình',            'TTr',  110),
  ('chuong-trinh','Chương trình',        'CTr',  120),
  ('quy-che',     'Quy chế',             'QC',   130),
  ('giay-moi',    'Giấy mời',            'GM',   140),
  ('cong-dien',   'Công điện',           'CĐ',   150),
  ('bien-ban',    'Biên bản',            'BB',   160);

-- Issuing bodies (cơ quan ban hành): the Bộ, the Sở, the UBND, the Phòng, schools.
-- code is the abbreviation in numbers (BGDĐT, SGDĐT, UBND, PGDĐT, THCSNGT...).
CREATE TABLE document_issuers (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name        VARCHAR(255) NOT NULL,
  code        VARCHAR(32)  NOT NULL DEFAULT '',
  level       ENUM('trung-uong','bo','tinh','so','huyen','phong','truong','khac') NOT NULL DEFAULT 'khac',
  -- The portal's own site when the issuer is one of them.
  site_id     INT UNSIGNED NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  UNIQUE KEY uq_document_issuers_slug (slug),
  KEY ix_document_issuers_site (site_id),
  CONSTRAINT fk_document_issuers_site FOREIGN KEY (site_id) REFERENCES sites (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Fields (lĩnh vực) of documents and procedures.
CREATE TABLE document_fields (
  code        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  name        VARCHAR(150) NOT NULL,
  sort_order  SMALLINT     NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

INSERT INTO document_fields (code, name, sort_order) VALUES
  ('giao-duc-mam-non',   'Giáo dục mầm non',              10),
  ('giao-duc-tieu-hoc',  'Giáo dục tiểu học',             20),
  ('giao-duc-trung-hoc', 'Giáo dục trung học',            30),
  ('tuyen-sinh',         'Tuyển sinh',                    40),
  ('thi-kiem-tra',       'Thi, kiểm tra, đánh giá',       50),
  ('to-chuc-can-bo',     'Tổ chức cán bộ',                60),
  ('tai-chinh',          'Kế hoạch – Tài chính',          70),
  ('co-so-vat-chat',     'Cơ sở vật chất, thiết bị',      80),
  ('chuyen-doi-so',      'Chuyển đổi số, công nghệ thông tin', 90),
  ('thi-dua-khen-thuong','Thi đua, khen thưởng',          100),
  ('van-bang-chung-chi', 'Văn bằng, chứng chỉ',           110),
  ('chinh-tri-tu-tuong', 'Chính trị tư tưởng, công tác học sinh', 120),
  ('phap-che',           'Pháp chế, thanh tra',           130),
  ('hanh-chinh',         'Hành chính, văn phòng',         140);

CREATE TABLE documents (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- The site that posts it (a school may re-post a superior's document).
  site_id         INT UNSIGNED NOT NULL,
  type_code       VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  issuer_id       INT UNSIGNED NOT NULL,
  -- As written ("37/2020/TT-BGDĐT") and its parts (core/docnumber.h).
  number_symbol   VARCHAR(100) NOT NULL,
  number          INT UNSIGNED NOT NULL,
  year            SMALLINT UNSIGNED NOT NULL,
  type_symbol     VARCHAR(16)  NOT NULL DEFAULT '',
  issuer_symbol   VARCHAR(64)  NOT NULL DEFAULT '',
  sub_unit        VARCHAR(64)  NOT NULL DEFAULT '',
  abstract        VARCHAR(1000) NOT NULL,           -- trích yếu
  slug            VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  field_code      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  signer_name     VARCHAR(255) NOT NULL DEFAULT '',
  signer_position VARCHAR(255) NOT NULL DEFAULT '',
  issued_on       DATE         NOT NULL,
  effective_on    DATE         NULL,
  expires_on      DATE         NULL,
  -- còn hiệu lực / hết hiệu lực / bị thay thế (replaced_by_id; the other way is a query).
  validity        ENUM('con-hieu-luc','het-hieu-luc','bi-thay-the') NOT NULL DEFAULT 'con-hieu-luc',
  replaced_by_id  INT UNSIGNED NULL,
  -- den: received from a superior (Bộ, Sở, UBND); di: issued by the site.
  direction       ENUM('den','di') NOT NULL DEFAULT 'di',
  -- noi-bo: staff only; never on a public page, feed or index.
  visibility      ENUM('cong-khai','noi-bo') NOT NULL DEFAULT 'cong-khai',
  -- Optional body text (plain) besides the files.
  body            TEXT         NULL,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  -- NĐ 30: numbers run per issuer and year; legal documents (TT, NĐ...) have their own
  -- series, hence the type symbol in the key.
  UNIQUE KEY uq_documents_number (site_id, issuer_id, year, issuer_symbol, type_symbol, number),
  KEY ix_documents_list (site_id, visibility, issued_on, id),
  KEY ix_documents_type (site_id, type_code, issued_on, id),
  KEY ix_documents_issuer (issuer_id, issued_on),
  KEY ix_documents_field (field_code),
  KEY ix_documents_created (site_id, created_at),
  KEY ix_documents_replaced_by (replaced_by_id),
  CONSTRAINT fk_documents_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_documents_type FOREIGN KEY (type_code) REFERENCES document_types (code),
  CONSTRAINT fk_documents_issuer FOREIGN KEY (issuer_id) REFERENCES document_issuers (id),
  CONSTRAINT fk_documents_field FOREIGN KEY (field_code) REFERENCES document_fields (code),
  CONSTRAINT fk_documents_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES documents (id),
  CONSTRAINT fk_documents_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Attachments; stored under the private folder (van-ban/...) and sent through
-- X-Accel-Redirect so downloads are counted and internal ones checked.
CREATE TABLE document_files (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_id    INT UNSIGNED NOT NULL,
  path           VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  mime           VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size           INT UNSIGNED NOT NULL,
  sha256         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  download_count INT UNSIGNED NOT NULL DEFAULT 0,
  sort_order     INT          NOT NULL DEFAULT 0,
  created_at     DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_document_files_document (document_id, sort_order, id),
  CONSTRAINT fk_document_files_document FOREIGN KEY (document_id) REFERENCES documents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Related documents (văn bản liên quan): căn cứ, hướng dẫn, sửa đổi, liên quan.
-- One row per pair as entered; pages show it from both ends.
CREATE TABLE document_relations (
  document_id  INT UNSIGNED NOT NULL,
  related_id   INT UNSIGNED NOT NULL,
  kind         ENUM('lien-quan','can-cu','huong-dan','sua-doi') NOT NULL DEFAULT 'lien-quan',
  PRIMARY KEY (document_id, related_id),
  KEY ix_document_relations_related (related_id),
  CONSTRAINT fk_document_relations_document FOREIGN KEY (document_id) REFERENCES documents (id),
  CONSTRAINT fk_document_relations_related FOREIGN KEY (related_id) REFERENCES documents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Drafts open for public comment (dự thảo lấy ý kiến): open until closes_at (UTC).
CREATE TABLE document_drafts (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id        INT UNSIGNED NOT NULL,
  title          VARCHAR(500) NOT NULL,
  slug           VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  summary        TEXT         NOT NULL,
  field_code     VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  drafting_unit  VARCHAR(255) NOT NULL DEFAULT '',   -- đơn vị soạn thảo
  opens_at       DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  closes_at      DATETIME     NOT NULL,
  published      TINYINT(1)   NOT NULL DEFAULT 1,
  created_by     INT UNSIGNED NULL,
  created_at     DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_document_drafts_site (site_id, published, closes_at, id),
  CONSTRAINT fk_document_drafts_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_document_drafts_field FOREIGN KEY (field_code) REFERENCES document_fields (code),
  CONSTRAINT fk_document_drafts_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE draft_files (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  draft_id       INT UNSIGNED NOT NULL,
  path           VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  mime           VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size           INT UNSIGNED NOT NULL,
  sha256         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  download_count INT UNSIGNED NOT NULL DEFAULT 0,
  KEY ix_draft_files_draft (draft_id, id),
  CONSTRAINT fk_draft_files_draft FOREIGN KEY (draft_id) REFERENCES document_drafts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Comments go to staff only (never shown publicly).
CREATE TABLE draft_comments (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  draft_id       INT UNSIGNED NOT NULL,
  name           VARCHAR(255) NOT NULL,
  email          VARCHAR(255) NOT NULL DEFAULT '',
  body           TEXT         NOT NULL,
  address        VARCHAR(45)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  created_at     DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_draft_comments_draft (draft_id, id),
  CONSTRAINT fk_draft_comments_draft FOREIGN KEY (draft_id) REFERENCES document_drafts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Administrative procedures (thủ tục hành chính). Long parts are plain text, one item a
-- line (steps, dossier); the page turns lines into lists.
CREATE TABLE procedures (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  site_id         INT UNSIGNED NOT NULL,
  code            VARCHAR(32)  NOT NULL DEFAULT '',   -- mã thủ tục (1.005094...)
  name            VARCHAR(500) NOT NULL,
  slug            VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  field_code      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  -- cấp thực hiện
  level           ENUM('tinh','huyen','xa','truong') NOT NULL DEFAULT 'huyen',
  agency          VARCHAR(255) NOT NULL DEFAULT '',   -- cơ quan thực hiện
  subjects        TEXT         NOT NULL,              -- đối tượng thực hiện
  steps           TEXT         NOT NULL,              -- trình tự thực hiện
  methods         TEXT         NOT NULL,              -- cách thức thực hiện
  dossier         TEXT         NOT NULL,              -- thành phần, số lượng hồ sơ
  time_limit      VARCHAR(500) NOT NULL DEFAULT '',   -- thời hạn giải quyết
  fees            VARCHAR(500) NOT NULL DEFAULT '',   -- phí, lệ phí
  result          VARCHAR(500) NOT NULL DEFAULT '',   -- kết quả thực hiện
  requirements    TEXT         NOT NULL,              -- yêu cầu, điều kiện
  online_url      VARCHAR(500) NOT NULL DEFAULT '',   -- dịch vụ công trực tuyến
  online_level    ENUM('','mot-phan','toan-trinh') NOT NULL DEFAULT '',
  published       TINYINT(1)   NOT NULL DEFAULT 1,
  created_by      INT UNSIGNED NULL,
  created_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  updated_at      DATETIME     NOT NULL DEFAULT UTC_TIMESTAMP(),
  KEY ix_procedures_site (site_id, published, field_code, id),
  CONSTRAINT fk_procedures_site FOREIGN KEY (site_id) REFERENCES sites (id),
  CONSTRAINT fk_procedures_field FOREIGN KEY (field_code) REFERENCES document_fields (code),
  CONSTRAINT fk_procedures_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Legal basis (căn cứ pháp lý): a document of the portal, or a citation as text.
CREATE TABLE procedure_documents (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id    INT UNSIGNED NOT NULL,
  document_id     INT UNSIGNED NULL,
  citation        VARCHAR(500) NOT NULL DEFAULT '',
  sort_order      INT          NOT NULL DEFAULT 0,
  KEY ix_procedure_documents_procedure (procedure_id, sort_order),
  KEY ix_procedure_documents_document (document_id),
  CONSTRAINT fk_procedure_documents_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id),
  CONSTRAINT fk_procedure_documents_document FOREIGN KEY (document_id) REFERENCES documents (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Forms to download (biểu mẫu, tờ khai); private folder, counted like documents' files.
CREATE TABLE procedure_files (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  procedure_id   INT UNSIGNED NOT NULL,
  title          VARCHAR(500) NOT NULL DEFAULT '',
  path           VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  mime           VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size           INT UNSIGNED NOT NULL,
  sha256         CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  download_count INT UNSIGNED NOT NULL DEFAULT 0,
  KEY ix_procedure_files_procedure (procedure_id, id),
  CONSTRAINT fk_procedure_files_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_vietnamese_as_ci;

-- Search (docs/HACKING.md "Search"): documents and procedures are searchable kinds.
-- The indexer decides per row whether an item is public (documents: cong-khai;
-- procedures: published) and removes it from the index otherwise. A file added or
-- removed re-queues its document (its text is part of the document's entry).
CREATE TRIGGER trg_documents_search_ins AFTER INSERT ON documents FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('document', NEW.id, NEW.site_id);
-- Only changes the index sees (not updated_at alone).
CREATE TRIGGER trg_documents_search_upd AFTER UPDATE ON documents FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'document', NEW.id, NEW.site_id FROM DUAL
  WHERE NOT (OLD.number_symbol <=> NEW.number_symbol AND OLD.abstract <=> NEW.abstract
             AND OLD.type_code <=> NEW.type_code AND OLD.issuer_id <=> NEW.issuer_id
             AND OLD.field_code <=> NEW.field_code AND OLD.issued_on <=> NEW.issued_on
             AND OLD.validity <=> NEW.validity AND OLD.visibility <=> NEW.visibility
             AND OLD.slug <=> NEW.slug AND OLD.body <=> NEW.body
             AND OLD.signer_name <=> NEW.signer_name AND OLD.site_id <=> NEW.site_id);
CREATE TRIGGER trg_documents_search_del AFTER DELETE ON documents FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('document', OLD.id, OLD.site_id);
CREATE TRIGGER trg_document_files_search_ins AFTER INSERT ON document_files FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'document', d.id, d.site_id FROM documents d WHERE d.id = NEW.document_id;
CREATE TRIGGER trg_document_files_search_del AFTER DELETE ON document_files FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'document', d.id, d.site_id FROM documents d WHERE d.id = OLD.document_id;
CREATE TRIGGER trg_procedures_search_ins AFTER INSERT ON procedures FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('procedure', NEW.id, NEW.site_id);
CREATE TRIGGER trg_procedures_search_upd AFTER UPDATE ON procedures FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id)
  SELECT 'procedure', NEW.id, NEW.site_id FROM DUAL
  WHERE NOT (OLD.name <=> NEW.name AND OLD.code <=> NEW.code AND OLD.field_code <=> NEW.field_code
             AND OLD.steps <=> NEW.steps AND OLD.dossier <=> NEW.dossier
             AND OLD.subjects <=> NEW.subjects AND OLD.requirements <=> NEW.requirements
             AND OLD.published <=> NEW.published AND OLD.slug <=> NEW.slug
             AND OLD.level <=> NEW.level AND OLD.site_id <=> NEW.site_id);
CREATE TRIGGER trg_procedures_search_del AFTER DELETE ON procedures FOR EACH ROW
  INSERT INTO search_queue (kind, item_id, site_id) VALUES ('procedure', OLD.id, OLD.site_id);
