// feedback.fcgi: the pages where strangers write to the office and its schools (SPEC A10,
// A11): the feedback form and its receipt, status by tracking code, the published Q&A,
// and the exam results lookup. Every byte is hostile: declared fields with limits, the
// same-origin check on POST, rate limits, a honeypot, a minimum fill time and a
// self-hosted challenge when those trip.
#ifndef EDUPORTAL_FEEDBACK_FEEDBACK_H_
#define EDUPORTAL_FEEDBACK_FEEDBACK_H_

#include <string>

#include "core/fields.h"
#include "core/server.h"

namespace feedback {

using core::Context;
using core::Dict;
using core::Request;
using core::Response;
using core::Result;

// The feedback form (form.cc).
inline constexpr core::FieldSpec kFormFields[] = {
    {"ho_ten", core::Text{2, 100}, "Họ và tên", true},
    {"email", core::Text{0, 254}, "Thư điện tử"},
    {"dien_thoai", core::Text{0, 20}, "Số điện thoại"},
    {"tieu_de", core::Text{5, 200}, "Tiêu đề", true},
    {"linh_vuc", core::Slug{32}, "Lĩnh vực", true},
    {"noi_dung", core::Text{20, 5000}, "Nội dung", true},
    {"website", core::Text{0, 200}, "Để trống ô này"},
    {"t", core::Text{0, 100}, "Thời điểm mở biểu mẫu"},
    {"thu_thach", core::Text{0, 100}, "Câu hỏi kiểm tra"},
    {"tra_loi", core::Text{0, 10}, "Câu trả lời kiểm tra"},
};
inline constexpr core::FieldSpec kTrackFields[] = {
    {"ma", core::Text{1, 40}, "Mã tra cứu", true},
};
Result<Response> HandleForm(const Request& request, Context& context);
Result<Response> HandleSubmit(const Request& request, Context& context);
Result<Response> HandleTrackForm(const Request& request, Context& context);
Result<Response> HandleTrack(const Request& request, Context& context);
Result<Response> HandleAnswerFile(const Request& request, Context& context);

// Published questions and answers (qa.cc).
inline constexpr core::FieldSpec kQaListFields[] = {
    {"linh-vuc", core::Slug{32}, "Lĩnh vực"},
    {"sau", core::Uint{1, 4294967295u}, "Trang"},
};
Result<Response> HandleQaList(const Request& request, Context& context);
Result<Response> HandleQaItem(const Request& request, Context& context);

// Exam results lookup (exam.cc).
inline constexpr core::FieldSpec kExamFields[] = {
    {"ky_thi", core::Uint{1, 4294967295u}, "Kỳ thi", true},
    {"so_bao_danh", core::Text{1, 20}, "Số báo danh", true},
    {"ngay_sinh", core::Text{1, 10}, "Ngày sinh", true},
};
Result<Response> HandleExamForm(const Request& request, Context& context);
Result<Response> HandleExamLookup(const Request& request, Context& context);

// The public layout and the page's own template; NOINDEX when `noindex`.
Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content, bool noindex);
// Renders; `no_store` for pages with personal data or one-time form fields.
Result<Response> RenderPage(const Dict& layout, int status, bool no_store);

// The client's address as nginx passed it (REMOTE_ADDR), cut to the column size.
std::string ClientAddress(const Request& request);

// "31/12/2026" or "2026-12-31" → "2026-12-31"; empty when not a real date.
std::string ParseVnDate(std::string_view text);

}  // namespace feedback

#endif  // EDUPORTAL_FEEDBACK_FEEDBACK_H_
