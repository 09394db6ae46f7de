#include "portalctl/demo_documents.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <openssl/evp.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/vntext.h"

namespace portalctl {
namespace {

using core::Result;
using core::Row;
using core::Rows;
using core::Status;
namespace fs = std::filesystem;

constexpr double kPageWidth = 595.28, kPageHeight = 841.89;  // A4 in points
constexpr double kMargin = 60;
constexpr double kScanDpi = 150;

struct Page {
  std::string issuer_upper;   // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
  std::string number;         // "Số: 34/QĐ-PGDĐT"
  std::string place_date;     // "Thanh Bình, ngày 05 tháng 3 năm 2026"
  std::string title;          // "QUYẾT ĐỊNH"
  std::string abstract;
  std::vector<std::string> paragraphs;
  std::string position, signer;
};

// One block of text at (x, y) of width w; returns its height in points.
double Draw(cairo_t* cr, double x, double y, double w, const std::string& text, double size, bool bold,
            PangoAlignment align, bool italic = false) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("Noto Serif, DejaVu Serif, serif");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  if (italic) pango_font_description_set_style(font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description(layout, font);
  pango_layout_set_width(layout, static_cast<int>(w * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment(layout, align);
  if (align == PANGO_ALIGN_LEFT && !bold) pango_layout_set_justify(layout, TRUE);
  pango_layout_set_text(layout, text.c_str(), -1);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  int width = 0, height = 0;
  pango_layout_get_size(layout, &width, &height);
  pango_font_description_free(font);
  g_object_unref(layout);
  return static_cast<double>(height) / PANGO_SCALE;
}

// The page in the layout of NĐ 30 Phụ lục I (national motto right, issuer left).
void DrawPage(cairo_t* cr, const Page& p) {
  cairo_set_source_rgb(cr, 0, 0, 0);
  double left_w = 220, right_x = kMargin + 200, right_w = kPageWidth - kMargin - right_x;
  double y = kMargin;
  double hl = Draw(cr, kMargin, y, left_w, p.issuer_upper, 10.5, true, PANGO_ALIGN_CENTER);
  Draw(cr, kMargin, y + hl + 6, left_w, p.number, 10.5, false, PANGO_ALIGN_CENTER);
  double hr = Draw(cr, right_x, y, right_w, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10.5, true, PANGO_ALIGN_CENTER);
  hr += Draw(cr, right_x, y + hr, right_w, "Độc lập - Tự do - Hạnh phúc", 11.5, true, PANGO_ALIGN_CENTER);
  cairo_set_line_width(cr, 0.6);
  cairo_move_to(cr, right_x + right_w / 2 - 60, y + hr + 2);
  cairo_line_to(cr, right_x + right_w / 2 + 60, y + hr + 2);
  cairo_stroke(cr);
  Draw(cr, right_x, y + hr + 8, right_w, p.place_date, 11, false, PANGO_ALIGN_CENTER, true);
  y += std::max(hl + 40, hr + 40);
  double width = kPageWidth - 2 * kMargin;
  y += Draw(cr, kMargin, y, width, p.title, 14, true, PANGO_ALIGN_CENTER) + 2;
  y += Draw(cr, kMargin + 40, y, width - 80, p.abstract, 12.5, true, PANGO_ALIGN_CENTER) + 14;
  for (const std::string& para : p.paragraphs) {
    if (y > kPageHeight - kMargin - 120) break;
    y += Draw(cr, kMargin, y, width, para, 12.5, false, PANGO_ALIGN_LEFT) + 6;
  }
  y += 14;
  double sx = kMargin + width / 2;
  y += Draw(cr, sx, y, width / 2, p.position, 12.5, true, PANGO_ALIGN_CENTER) + 40;
  Draw(cr, sx, y, width / 2, p.signer, 12.5, true, PANGO_ALIGN_CENTER);
}

Status Check(cairo_surface_t* surface, const std::string& what) {
  cairo_status_t s = cairo_surface_status(surface);
  if (s != CAIRO_STATUS_SUCCESS) return Status::Internal(what + ": " + cairo_status_to_string(s));
  return Status();
}

// A PDF with real text (what an office's word processor exports).
Status RenderText(const std::string& path, const Page& page) {
  cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), kPageWidth, kPageHeight);
  Status s = Check(pdf, path);
  if (!s.ok()) return s;
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, page.abstract.c_str());
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00");
  cairo_t* cr = cairo_create(pdf);
  DrawPage(cr, page);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  s = Check(pdf, path);
  cairo_surface_destroy(pdf);
  return s;
}

// A signed paper put through a scanner: a slightly tilted greyish raster, no text layer.
Status RenderScan(const std::string& path, const Page& page) {
  int w = static_cast<int>(kPageWidth / 72 * kScanDpi), h = static_cast<int>(kPageHeight / 72 * kScanDpi);
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  Status s = Check(image, path);
  if (!s.ok()) return s;
  cairo_t* cr = cairo_create(image);
  cairo_set_source_rgb(cr, 0.96, 0.95, 0.92);
  cairo_paint(cr);
  cairo_scale(cr, kScanDpi / 72, kScanDpi / 72);
  cairo_translate(cr, kPageWidth / 2, kPageHeight / 2);
  cairo_rotate(cr, 0.6 * M_PI / 180);
  cairo_translate(cr, -kPageWidth / 2, -kPageHeight / 2);
  DrawPage(cr, page);
  // The red seal over the signature.
  cairo_set_source_rgba(cr, 0.8, 0.1, 0.1, 0.55);
  cairo_set_line_width(cr, 2.5);
  cairo_arc(cr, kPageWidth * 0.66, kPageHeight - 250, 42, 0, 2 * M_PI);
  cairo_stroke(cr);
  cairo_destroy(cr);
  cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), kPageWidth, kPageHeight);
  s = Check(pdf, path);
  if (!s.ok()) {
    cairo_surface_destroy(image);
    return s;
  }
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR, "Scanner");
  cr = cairo_create(pdf);
  cairo_scale(cr, 72 / kScanDpi, 72 / kScanDpi);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_paint(cr);
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  s = Check(pdf, path);
  cairo_surface_destroy(pdf);
  cairo_surface_destroy(image);
  return s;
}

std::string Upper(const std::string& text) {
  // Vietnamese capitals through ICU would be exact; the demo's names only need these.
  static const std::pair<const char*, const char*> kMap[] = {
      {"à", "À"}, {"á", "Á"}, {"ả", "Ả"}, {"ã", "Ã"}, {"ạ", "Ạ"}, {"ă", "Ă"}, {"ằ", "Ằ"}, {"ắ", "Ắ"}, {"ẳ", "Ẳ"},
      {"ẵ", "Ẵ"}, {"ặ", "Ặ"}, {"â", "Â"}, {"ầ", "Ầ"}, {"ấ", "Ấ"}, {"ẩ", "Ẩ"}, {"ẫ", "Ẫ"}, {"ậ", "Ậ"}, {"đ", "Đ"},
      {"è", "È"}, {"é", "É"}, {"ẻ", "Ẻ"}, {"ẽ", "Ẽ"}, {"ẹ", "Ẹ"}, {"ê", "Ê"}, {"ề", "Ề"}, {"ế", "Ế"}, {"ể", "Ể"},
      {"ễ", "Ễ"}, {"ệ", "Ệ"}, {"ì", "Ì"}, {"í", "Í"}, {"ỉ", "Ỉ"}, {"ĩ", "Ĩ"}, {"ị", "Ị"}, {"ò", "Ò"}, {"ó", "Ó"},
      {"ỏ", "Ỏ"}, {"õ", "Õ"}, {"ọ", "Ọ"}, {"ô", "Ô"}, {"ồ", "Ồ"}, {"ố", "Ố"}, {"ổ", "Ổ"}, {"ỗ", "Ỗ"}, {"ộ", "Ộ"},
      {"ơ", "Ơ"}, {"ờ", "Ờ"}, {"ớ", "Ớ"}, {"ở", "Ở"}, {"ỡ", "Ỡ"}, {"ợ", "Ợ"}, {"ù", "Ù"}, {"ú", "Ú"}, {"ủ", "Ủ"},
      {"ũ", "Ũ"}, {"ụ", "Ụ"}, {"ư", "Ư"}, {"ừ", "Ừ"}, {"ứ", "Ứ"}, {"ử", "Ử"}, {"ữ", "Ữ"}, {"ự", "Ự"}, {"ỳ", "Ỳ"},
      {"ý", "Ý"}, {"ỷ", "Ỷ"}, {"ỹ", "Ỹ"}, {"ỵ", "Ỵ"}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      ++i;
      continue;
    }
    bool done = false;
    for (const auto& [lower, upper] : kMap) {
      size_t n = std::char_traits<char>::length(lower);
      if (text.compare(i, n, lower) == 0) {
        out += upper;
        i += n;
        done = true;
        break;
      }
    }
    if (!done) out += text[i++];
  }
  return out;
}

std::string DateLine(const std::string& place, const std::string& iso) {
  int y = 0, m = 0, d = 0;
  std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d);
  char buf[96];
  std::snprintf(buf, sizeof buf, ", ngày %02d tháng %s%d năm %d", d, m < 3 ? "0" : "", m, y);
  return place + buf;
}

// Body paragraphs by field: plausible administrative prose, so the search side has
// words to find that are not in the metadata.
std::vector<std::string> Body(const std::string& field, const std::string& abstract, const std::string& issuer) {
  std::vector<std::string> p;
  p.push_back("Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14 tháng 6 năm 2019; căn cứ Nghị định số 30/2020/NĐ-CP ngày "
              "05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; căn cứ chức năng, nhiệm vụ của " + issuer + ".");
  p.push_back("Nội dung: " + abstract + ". Thủ trưởng các đơn vị trường học có trách nhiệm quán triệt đến toàn thể "
              "cán bộ, giáo viên, nhân viên và tổ chức thực hiện nghiêm túc, đúng tiến độ.");
  if (field == "tuyen-sinh") {
    p.push_back("1. Tuyển sinh vào lớp 1: tiếp nhận hồ sơ trực tuyến từ ngày 01/7; trẻ sáu tuổi cư trú trên địa bàn được "
                "tuyển đủ, đúng tuyến. 2. Tuyển sinh vào lớp 6: xét tuyển theo kết quả học tập và rèn luyện ở tiểu học; "
                "hồ sơ gồm đơn đăng ký, học bạ, giấy khai sinh bản sao.");
  } else if (field == "tai-chinh") {
    p.push_back("Các đơn vị lập dự toán thu, chi theo đúng định mức; công khai các khoản thu đầu năm học, học phí, "
                "miễn giảm học phí và hỗ trợ chi phí học tập cho học sinh thuộc hộ nghèo, cận nghèo; quyết toán kinh "
                "phí đúng thời hạn, không để nợ đọng.");
  } else if (field == "thi-kiem-tra" || field == "thi-dua-khen-thuong") {
    p.push_back("Tổ chức kiểm tra, đánh giá nghiêm túc, khách quan, đúng quy chế; đề kiểm tra bám sát yêu cầu cần đạt "
                "của chương trình giáo dục phổ thông 2018; báo cáo kết quả về bộ phận chuyên môn trước ngày 15 hằng tháng. "
                "Hội đồng thi đua xét chọn giáo viên dạy giỏi, chiến sĩ thi đua cơ sở theo đúng tiêu chuẩn.");
  } else if (field == "chuyen-doi-so") {
    p.push_back("Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và dạy học: triển khai học bạ số, "
                "sổ điểm điện tử, cơ sở dữ liệu ngành; bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh.");
  } else if (field == "to-chuc-can-bo") {
    p.push_back("Rà soát đội ngũ cán bộ quản lý, giáo viên, nhân viên; bố trí đủ định mức giáo viên trên lớp; thực hiện "
                "bồi dưỡng thường xuyên và thăng hạng chức danh nghề nghiệp theo quy định.");
  } else if (field == "giao-duc-mam-non") {
    p.push_back("Bảo đảm an toàn tuyệt đối cho trẻ; nâng cao chất lượng chăm sóc, nuôi dưỡng, bữa ăn bán trú; phòng "
                "chống suy dinh dưỡng, béo phì; thực hiện chương trình giáo dục mầm non lấy trẻ làm trung tâm.");
  } else {
    p.push_back("Thực hiện chương trình giáo dục phổ thông 2018; đổi mới phương pháp dạy học, kiểm tra đánh giá; tăng "
                "cường giáo dục đạo đức, kỹ năng sống, phòng chống đuối nước, bạo lực học đường và bảo đảm an toàn "
                "trường học. Chế độ báo cáo thực hiện đúng thời hạn qua hệ thống quản lý hành chính điện tử.");
  }
  p.push_back("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời về " + issuer +
              " để được hướng dẫn, giải quyết./.");
  return p;
}

std::string Sha256File(const std::string& path, uint64_t* size) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  *size = data.size();
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

Status FillSlugs(core::Db& db, const char* table, const char* column) {
  Result<Rows> rows = db.Query(std::string("SELECT id, ") + column + " FROM " + table + " WHERE slug = ''");
  if (!rows.ok()) return rows.status();
  for (const Row& r : *rows) {
    std::string slug = core::vntext::Slugify(r.Str(1), 80);
    if (slug.empty()) slug = "van-ban";
    Result<core::ExecResult> u = db.Execute(std::string("UPDATE ") + table + " SET slug = ? WHERE id = ?", {slug, r.Int(0)});
    if (!u.ok()) return u.status();
  }
  return Status();
}

// Renders one file, then records its size and hash.
Status Produce(core::Db& db, const core::Config& config, const char* table, long long id, const std::string& rel,
               const Page& page) {
  fs::path out = fs::path(config.private_dir()) / rel;
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  if (ec) return Status::Internal("mkdir " + out.parent_path().string() + ": " + ec.message());
  Status s = rel.find("-scan") != std::string::npos ? RenderScan(out.string(), page) : RenderText(out.string(), page);
  if (!s.ok()) return s;
  uint64_t size = 0;
  std::string sha = Sha256File(out.string(), &size);
  Result<core::ExecResult> u = db.Execute(std::string("UPDATE ") + table + " SET size = ?, sha256 = ? WHERE id = ?",
                                          {static_cast<long long>(size), sha, id});
  return u.ok() ? Status() : u.status();
}

constexpr char kDocFilesSql[] =
    "SELECT f.id, f.path, i.name, d.number_symbol, d.issued_on, t.name, d.abstract, d.field_code, d.signer_name, "
    "d.signer_position, COALESCE(s.short_name, '') FROM document_files f JOIN documents d ON d.id = f.document_id "
    "JOIN document_issuers i ON i.id = d.issuer_id JOIN document_types t ON t.code = d.type_code "
    "LEFT JOIN sites s ON s.id = i.site_id WHERE f.path LIKE 'van-ban/demo/%' ORDER BY f.id";
constexpr char kDraftFilesSql[] =
    "SELECT f.id, f.path, s.name, d.title, DATE(d.opens_at), d.summary, COALESCE(d.field_code, '') "
    "FROM draft_files f JOIN document_drafts d ON d.id = f.draft_id JOIN sites s ON s.id = d.site_id "
    "WHERE f.path LIKE 'du-thao/demo/%' ORDER BY f.id";
constexpr char kFormFilesSql[] =
    "SELECT f.id, f.path, p.agency, p.name, f.title FROM procedure_files f JOIN procedures p ON p.id = f.procedure_id "
    "WHERE f.path LIKE 'thu-tuc/demo/%' ORDER BY f.id";

}  // namespace

Status ImportDemoDocuments(core::Db& db, const core::Config& config) {
  for (auto [table, column] : {std::pair{"documents", "abstract"}, std::pair{"document_drafts", "title"},
                               std::pair{"procedures", "name"}}) {
    Status s = FillSlugs(db, table, column);
    if (!s.ok()) return s;
  }
  Result<Rows> docs = db.Query(kDocFilesSql);
  if (!docs.ok()) return docs.status();
  for (const Row& r : *docs) {
    Page p;
    p.issuer_upper = Upper(r.Str(2));
    p.number = "Số: " + r.Str(3);
    p.place_date = DateLine(r.Str(2).find("Thanh Bình") != std::string::npos || !r.Str(10).empty()
                                ? "Thanh Bình" : r.Str(2).find("Quảng Nam") != std::string::npos ? "Quảng Nam" : "Hà Nội",
                            r.Str(4));
    p.title = Upper(r.Str(5));
    p.abstract = r.Str(6);
    p.paragraphs = Body(r.Str(7), r.Str(6), r.Str(2));
    p.position = Upper(r.Str(9));
    p.signer = r.Str(8);
    Status s = Produce(db, config, "document_files", r.Int(0), r.Str(1), p);
    if (!s.ok()) return s;
  }
  Result<Rows> drafts = db.Query(kDraftFilesSql);
  if (!drafts.ok()) return drafts.status();
  for (const Row& r : *drafts) {
    Page p;
    p.issuer_upper = Upper(r.Str(2));
    p.number = "Số:      /QĐ-PGDĐT";
    p.place_date = DateLine("Thanh Bình", r.Str(4));
    p.title = "DỰ THẢO";
    p.abstract = r.Str(3);
    p.paragraphs = Body(r.Str(6), r.Str(5), r.Str(2));
    p.position = "TRƯỞNG PHÒNG";
    p.signer = "";
    Status s = Produce(db, config, "draft_files", r.Int(0), r.Str(1), p);
    if (!s.ok()) return s;
  }
  Result<Rows> forms = db.Query(kFormFilesSql);
  if (!forms.ok()) return forms.status();
  for (const Row& r : *forms) {
    Page p;
    p.issuer_upper = "";
    p.number = "";
    p.place_date = "……………, ngày …… tháng …… năm 20……";
    p.title = "ĐƠN ĐỀ NGHỊ";
    p.abstract = r.Str(3);
    p.paragraphs = {"Kính gửi: " + r.Str(2) + ".",
                    "Họ và tên người đề nghị: ……………………………………………………………… Ngày sinh: ……………………",
                    "Địa chỉ thường trú: ………………………………………………………………………………………………",
                    "Số điện thoại: ……………………………… Thư điện tử: …………………………………………………",
                    "Nội dung đề nghị: ……………………………………………………………………………………………………",
                    "Tôi xin cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật."};
    p.position = "NGƯỜI LÀM ĐƠN";
    p.signer = "(Ký, ghi rõ họ tên)";
    Status s = Produce(db, config, "procedure_files", r.Int(0), r.Str(1), p);
    if (!s.ok()) return s;
  }
  std::printf("demo: rendered %zu document, %zu draft and %zu form PDFs\n", docs->size(), drafts->size(), forms->size());
  return Status();
}

}  // namespace portalctl
