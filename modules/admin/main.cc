// admin.fcgi: the route table of the staff area and its layout.
#include "admin/admin.h"
#include "admin/content.h"
#include "core/fields.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Access;
using core::FieldSpec;
using core::Method;
using core::Route;

constexpr FieldSpec kSignInFields[] = {
    {"ten_dang_nhap", core::Text{1, 64}, "Tên đăng nhập", true},
    {"mat_khau", core::Text{1, 200}, "Mật khẩu", true},
    {"tiep", core::Text{0, 500}, "Trang tiếp theo"},
};
constexpr FieldSpec kNextFields[] = {
    {"tiep", core::Text{0, 500}, "Trang tiếp theo"},
};
constexpr FieldSpec kTotpFields[] = {
    {"ma", core::Text{0, 16}, "Mã xác thực"},
    {"ma_du_phong", core::Text{0, 32}, "Mã dự phòng"},
    {"tiep", core::Text{0, 500}, "Trang tiếp theo"},
};
constexpr FieldSpec kPasswordFields[] = {
    {"mat_khau_cu", core::Text{1, 200}, "Mật khẩu hiện tại", true},
    {"mat_khau_moi", core::Text{10, 200}, "Mật khẩu mới", true},
    {"nhap_lai", core::Text{1, 200}, "Nhập lại mật khẩu mới", true},
};
constexpr std::string_view kStatusFilter[] = {"draft", "submitted", "forwarded", "returned", "published", "taken_down", "cua-toi", "cho-toi"};
constexpr FieldSpec kListFields[] = {
    {"trang-thai", core::OneOf{kStatusFilter}, "Trạng thái"},
    {"sau", core::Uint{1, 4294967295u}, "Trang"},
};
constexpr std::string_view kActions[] = {"save", "submit", "forward", "approve", "return", "take_down", "restore"};
constexpr std::string_view kReasons[] = {"a", "b", "c", "d", "e", "g"};
constexpr std::string_view kYes[] = {"1"};
constexpr FieldSpec kArticleFields[] = {
    {"tieu_de", core::Text{5, 500}, "Tiêu đề", true},
    {"chuyen_muc", core::Uint{1, 4294967295u}, "Chuyên mục", true},
    {"the_loai", core::Slug{32}, "Thể loại"},
    {"tom_tat", core::Text{0, 2000}, "Tóm tắt"},
    {"noi_dung", core::Text{1, 500000}, "Nội dung", true},
    {"tac_gia", core::Text{0, 255}, "Tác giả"},
    {"nguon", core::Text{0, 255}, "Nguồn"},
    {"nguon_tac_gia", core::Text{0, 255}, "Tác giả bài gốc"},
    {"nguon_url", core::Text{0, 1000}, "Địa chỉ bài gốc"},
    {"ngoai_ke_hoach", core::OneOf{kYes}, "Ngoài kế hoạch"},
    {"quang_cao", core::OneOf{kYes}, "Thông tin quảng cáo"},
    {"noi_bat", core::OneOf{kYes}, "Tin nổi bật"},
    {"anh_dai_dien", core::Uint{1, 4294967295u}, "Ảnh đại diện"},
    {"anh_album", core::Text{0, 1000}, "Ảnh trong bài"},
    {"dang_luc", core::Text{0, 16}, "Thời điểm đăng"},
    {"thao_tac", core::OneOf{kActions}, "Thao tác", true},
    {"ly_do", core::OneOf{kReasons}, "Lý do"},
    {"ghi_chu", core::Text{0, 2000}, "Ghi chú"},
};
// The media library (media.cc) and the pictures the article editor takes from it.
constexpr std::string_view kMediaKinds[] = {"anh", "video", "tai-lieu"};
constexpr std::string_view kPickPurposes[] = {"anh-dai-dien", "anh-bai"};
constexpr std::string_view kJson[] = {"json"};
constexpr FieldSpec kMediaListFields[] = {
    {"loai", core::OneOf{kMediaKinds}, "Loại"},
    {"q", core::Text{0, 100}, "Tên"},
    {"sau", core::Cursor{}, "Trang"},
};
constexpr FieldSpec kMediaUploadFields[] = {
    {"tieu_de", core::Text{0, 200}, "Tiêu đề"},
    {"mo_ta", core::Text{0, 255}, "Mô tả ảnh"},
};
constexpr FieldSpec kMediaPickerFields[] = {
    {"muc-dich", core::OneOf{kPickPurposes}, "Mục đích"},
    {"ve", core::Text{0, 300}, "Trang quay lại"},
    {"q", core::Text{0, 100}, "Tên"},
    {"sau", core::Cursor{}, "Trang"},
    {"dang", core::OneOf{kJson}, "Dạng"},
};
constexpr FieldSpec kArticleEditFields[] = {
    {"anh-dai-dien", core::Uint{1, 4294967295u}, "Ảnh đại diện"},
    {"them-anh", core::Uint{1, 4294967295u}, "Ảnh trong bài"},
};
constexpr FieldSpec kHistoryFields[] = {
    {"tu", core::Uint{1, 1ull << 60}, "Phiên bản"},
    {"den", core::Uint{1, 1ull << 60}, "Phiên bản"},
};
constexpr FieldSpec kAuditFields[] = {
    {"thao-tac", core::Text{0, 64}, "Thao tác"},
    {"nguoi-dung", core::Text{0, 64}, "Người dùng"},
    {"don-vi", core::Slug{100}, "Đơn vị"},
    {"tu-ngay", core::Text{0, 10}, "Từ ngày"},
    {"den-ngay", core::Text{0, 10}, "Đến ngày"},
    {"truoc", core::Uint{1, 1ull << 62}, "Trang"},
};
// Accounts (accounts.cc).
constexpr std::string_view kAccountActions[] = {"vai-tro", "uy-quyen", "khoa", "mo-khoa", "thu-hoi", "khoi-phuc",
                                                "dat-lai-mat-khau", "dang-xuat-tat-ca"};
constexpr FieldSpec kAccountListFields[] = {
    {"vai-tro", core::Slug{32}, "Vai trò"},
    {"khoa", core::OneOf{kYes}, "Đã khóa"},
    {"tat-ca", core::OneOf{kYes}, "Mọi tài khoản"},
    {"tim", core::Text{0, 100}, "Tìm theo tên"},
    {"sau", core::Uint{1, 4294967295u}, "Trang"},
};
constexpr FieldSpec kAccountNewFields[] = {
    {"ten_dang_nhap", core::Text{3, 64}, "Tên đăng nhập", true},
    {"ho_ten", core::Text{2, 255}, "Họ và tên", true},
    {"email", core::Text{0, 255}, "Thư điện tử"},
};
constexpr FieldSpec kAccountViewFields[] = {
    {"don-vi", core::Slug{100}, "Đơn vị"},
    {"xong", core::OneOf{kAccountActions}, "Đã làm"},
};
constexpr FieldSpec kAccountFields[] = {
    {"thao_tac", core::OneOf{kAccountActions}, "Thao tác", true},
    {"don_vi", core::Uint{1, 4294967295u}, "Đơn vị"},
};
// Document distribution (dispatch.cc).
constexpr std::string_view kPriorities[] = {"thuong", "khan", "hoa-toc"};
constexpr std::string_view kDispatchKinds[] = {"moi", "dinh-chinh", "thu-hoi"};
constexpr std::string_view kInboxFilters[] = {"can-xu-ly", "chua-xem", "tat-ca"};
constexpr std::string_view kRemindTargets[] = {"chua-xem", "chua-tra-loi"};
constexpr FieldSpec kDispatchListFields[] = {
    {"truoc", core::Uint{1, 4294967295u}, "Trang"},
};
constexpr FieldSpec kDispatchNewFields[] = {
    {"goc", core::Uint{1, 4294967295u}, "Công văn gốc"},
    {"loai", core::OneOf{kDispatchKinds}, "Loại"},
};
constexpr FieldSpec kDispatchFields[] = {
    {"so_ky_hieu", core::Text{0, 64}, "Số, ký hiệu"},
    {"trich_yeu", core::Text{5, 500}, "Trích yếu", true},
    {"noi_dung", core::Text{1, 200000}, "Nội dung", true},
    {"do_khan", core::OneOf{kPriorities}, "Độ khẩn", true},
    {"han_tra_loi", core::Text{0, 16}, "Hạn trả lời"},
    {"van_ban", core::Uint{1, 4294967295u}, "Văn bản liên kết"},
    {"don_vi", core::Uint{1, 4294967295u}, "Đơn vị nhận"},
    {"cap", core::Slug{32}, "Cấp học"},
    {"nhom", core::Uint{1, 4294967295u}, "Nhóm đơn vị"},
    {"ten_nhom", core::Text{0, 255}, "Tên nhóm"},
    {"goc", core::Uint{1, 4294967295u}, "Công văn gốc"},
    {"loai", core::OneOf{kDispatchKinds}, "Loại"},
};
constexpr FieldSpec kRemindFields[] = {
    {"doi_tuong", core::OneOf{kRemindTargets}, "Đối tượng nhắc", true},
};
constexpr FieldSpec kInboxFields[] = {
    {"loc", core::OneOf{kInboxFilters}, "Lọc"},
};
constexpr FieldSpec kReplyFields[] = {
    {"noi_dung_tra_loi", core::Text{0, 20000}, "Nội dung trả lời"},
};
constexpr FieldSpec kForwardFields[] = {
    {"nguoi_nhan", core::Uint{1, 4294967295u}, "Người nhận", true},
    {"ghi_chu", core::Text{0, 1000}, "Ghi chú"},
};
constexpr FieldSpec kNewsUpFields[] = {
    {"bai_viet", core::Uint{1, 4294967295u}, "Bài viết", true},
    {"ghi_chu", core::Text{0, 1000}, "Ghi chú"},
};
constexpr FieldSpec kNewsAcceptFields[] = {
    {"chuyen_muc", core::Uint{1, 4294967295u}, "Chuyên mục", true},
};
constexpr FieldSpec kNewsReturnFields[] = {
    {"ly_do", core::Text{1, 1000}, "Lý do trả lại", true},
};
constexpr std::string_view kInternalKinds[] = {"tin", "lich", "hoi-dap"};
constexpr std::string_view kInternalFilter[] = {"tin", "lich", "hoi-dap", "thu-vien"};
constexpr FieldSpec kInternalListFields[] = {
    {"loai", core::OneOf{kInternalFilter}, "Loại"},
};
constexpr FieldSpec kInternalFields[] = {
    {"loai", core::OneOf{kInternalKinds}, "Loại", true},
    {"tieu_de", core::Text{5, 500}, "Tiêu đề", true},
    {"noi_dung", core::Text{1, 200000}, "Nội dung", true},
    {"thoi_gian", core::Text{0, 16}, "Thời gian"},
    {"dia_diem", core::Text{0, 255}, "Địa điểm"},
    {"chia_se", core::OneOf{kYes}, "Chia sẻ"},
};
constexpr FieldSpec kReviewFields[] = {
    {"ghi_chu", core::Text{0, 1000}, "Lý do trả lại"},
};
constexpr std::string_view kResourceKinds[] = {"giao-an", "de-thi", "sang-kien", "tu-lieu"};
constexpr std::string_view kVisibility[] = {"cong-khai", "noi-bo"};
constexpr FieldSpec kLibraryFields[] = {
    {"loai", core::OneOf{kResourceKinds}, "Loại tài liệu", true},
    {"tieu_de", core::Text{5, 500}, "Tên tài liệu", true},
    {"tom_tat", core::Text{0, 2000}, "Tóm tắt"},
    {"mon", core::Text{1, 100}, "Môn học", true},
    {"lop", core::Text{1, 32}, "Khối lớp", true},
    {"tac_gia", core::Text{1, 255}, "Tác giả", true},
    {"nam_hoc", core::Text{9, 9}, "Năm học", true},
    {"pham_vi", core::OneOf{kVisibility}, "Phạm vi", true},
};
constexpr std::string_view kLibraryFilter[] = {"cho-duyet", "cua-toi"};
constexpr FieldSpec kLibraryListFields[] = {
    {"loc", core::OneOf{kLibraryFilter}, "Lọc"},
};

// Feedback (góp ý), the working-day calendar and the exam results (feedback.cc,
// holidays.cc, exams.cc).
constexpr std::string_view kFeedbackFilters[] = {"dang-xu-ly", "qua-han", "da-tra-loi", "da-cong-khai", "tat-ca"};
constexpr FieldSpec kFeedbackListFields[] = {
    {"loc", core::OneOf{kFeedbackFilters}, "Lọc"},
    {"sau", core::Uint{1, 4294967295u}, "Trang"},
};
constexpr std::string_view kFeedbackActions[] = {"phan-loai", "phan-cong", "tra-loi", "cong-khai", "thoi-cong-khai"};
constexpr FieldSpec kFeedbackActionFields[] = {
    {"thao_tac", core::OneOf{kFeedbackActions}, "Thao tác", true},
    {"linh_vuc", core::Slug{32}, "Lĩnh vực"},
    {"phuc_tap", core::OneOf{kYes}, "Trường hợp phức tạp"},
    {"ghi_chu", core::Text{0, 2000}, "Ghi chú nội bộ"},
    {"don_vi", core::Uint{1, 4294967295u}, "Đơn vị"},
    {"nguoi", core::Uint{1, 4294967295u}, "Người xử lý"},
    {"tra_loi", core::Text{0, 100000}, "Nội dung trả lời"},
    {"tieu_de_cong_khai", core::Text{0, 200}, "Tiêu đề công khai"},
    {"cau_hoi_cong_khai", core::Text{0, 5000}, "Câu hỏi công khai"},
};
constexpr FieldSpec kHolidayListFields[] = {{"nam", core::Uint{2000, 2100}, "Năm"}};
constexpr std::string_view kHolidayActions[] = {"luu", "xoa"};
constexpr std::string_view kHolidayKinds[] = {"nghi", "lam-bu"};
constexpr FieldSpec kHolidayFields[] = {
    {"thao_tac", core::OneOf{kHolidayActions}, "Thao tác", true},
    {"ngay", core::Text{10, 10}, "Ngày", true},
    {"loai", core::OneOf{kHolidayKinds}, "Loại"},
    {"ten", core::Text{0, 200}, "Tên ngày"},
};
constexpr FieldSpec kExamCreateFields[] = {
    {"ma", core::Slug{32}, "Mã kỳ thi", true},
    {"ten", core::Text{5, 255}, "Tên kỳ thi", true},
};
constexpr std::string_view kExamActions[] = {"thoi-gian", "xem-truoc", "nhap"};
constexpr FieldSpec kExamUpdateFields[] = {
    {"thao_tac", core::OneOf{kExamActions}, "Thao tác", true},
    {"ten", core::Text{0, 255}, "Tên kỳ thi"},
    {"mo_luc", core::Text{0, 16}, "Mở tra cứu từ"},
    {"dong_luc", core::Text{0, 16}, "Đóng tra cứu lúc"},
    {"tep_tam", core::Text{0, 32}, "Tệp xem trước"},
};

// Site structure (structure.cc): one form per action, fields checked there per action.
constexpr std::string_view kStructureActions[] = {"tao", "sua", "len", "xuong", "xoa", "luu", "mac-dinh", "hien-khoi", "an-khoi"};
constexpr std::string_view kMenuKinds[] = {"chuyen-muc", "gioi-thieu", "trang", "ngoai"};
constexpr std::string_view kBuiltinPages[] = {"trang-chu", "gioi-thieu", "tin-tuc", "van-ban", "lich-cong-tac", "ke-hoach",
                                              "album", "video", "danh-ba", "don-vi", "lien-ket", "lien-he", "gop-y",
                                              "hoi-dap", "tra-cuu-diem", "thu-vien", "tim-kiem", "so-do-trang"};
constexpr std::string_view kThemes[] = {"xanh-duong", "xanh-la", "xanh-ngoc", "tim", "do", "cam"};
constexpr std::string_view kSavedTabs[] = {"1", "trang-chu"};
constexpr FieldSpec kStructureViewFields[] = {
    {"sua", core::Uint{1, 4294967295u}, "Mục cần sửa"},
    {"da-luu", core::OneOf{kSavedTabs}, "Đã lưu"},
};
constexpr FieldSpec kStructureFields[] = {
    {"thao_tac", core::OneOf{kStructureActions}, "Thao tác", true},
    {"id", core::Uint{1, 4294967295u}, "Mục"},
    {"ten", core::Text{0, 255}, "Tên"},
    {"slug", core::Text{0, 100}, "Đường dẫn"},
    {"mo_ta", core::Text{0, 500}, "Mô tả"},
    {"thong_bao", core::OneOf{kYes}, "Chuyên mục thông báo"},
    {"an", core::OneOf{kYes}, "Ẩn"},
    {"trang_chu", core::OneOf{kYes}, "Hiện trên trang chủ"},
    {"nhan", core::Text{0, 100}, "Tên mục menu"},
    {"cha", core::Uint{1, 4294967295u}, "Mục cấp trên"},
    {"loai", core::OneOf{kMenuKinds}, "Dẫn tới"},
    {"chuyen_muc", core::Uint{1, 4294967295u}, "Chuyên mục"},
    {"trang_gioi_thieu", core::Slug{200}, "Trang giới thiệu"},
    {"trang", core::OneOf{kBuiltinPages}, "Trang có sẵn"},
    {"url", core::Text{0, 1000}, "Địa chỉ"},
    {"nhom", core::Text{0, 100}, "Nhóm"},
    {"loi_chao", core::Text{0, 500}, "Lời chào"},
    {"giao_dien", core::OneOf{kThemes}, "Bảng màu"},
    {"so_noi_bat", core::Uint{1, 12}, "Số tin nổi bật"},
    {"so_tin_khoi", core::Uint{1, 12}, "Số tin mỗi khối"},
    {"mo_ta_anh", core::Text{0, 255}, "Mô tả ảnh bìa"},
    {"xoa_anh", core::OneOf{kYes}, "Bỏ ảnh bìa"},
    {"dia_chi", core::Text{0, 255}, "Địa chỉ"},
    {"dien_thoai", core::Text{0, 64}, "Điện thoại"},
    {"duong_day_nong", core::Text{0, 64}, "Đường dây nóng"},
    {"email", core::Text{0, 255}, "Thư điện tử"},
    {"fax", core::Text{0, 64}, "Fax"},
    {"gio_lam_viec", core::Text{0, 1000}, "Giờ làm việc"},
    {"ban_do", core::Text{0, 1000}, "Liên kết bản đồ"},
    {"nguoi_phat_ngon", core::Text{0, 255}, "Người phát ngôn"},
    {"chuc_vu_phat_ngon", core::Text{0, 255}, "Chức vụ người phát ngôn"},
    {"dien_thoai_phat_ngon", core::Text{0, 64}, "Điện thoại người phát ngôn"},
    {"email_phat_ngon", core::Text{0, 255}, "Thư điện tử người phát ngôn"},
};
// Public content edited here (content_*.cc): weekly schedule, introduction pages, staff,
// albums and videos.
constexpr std::string_view kScheduleDone[] = {"them", "sua", "xoa", "cong-bo", "thoi-cong-bo", "sao-chep"};
constexpr FieldSpec kScheduleWeekFields[] = {
    {"tuan", core::IsoWeek{}, "Tuần"},
    {"xong", core::OneOf{kScheduleDone}, "Kết quả"},
};
constexpr FieldSpec kScheduleEntryFields[] = {
    {"tuan", core::IsoWeek{}, "Tuần"},
    {"ngay", core::Text{1, 10}, "Ngày", true},
    {"bat_dau", core::Text{1, 5}, "Giờ bắt đầu", true},
    {"ket_thuc", core::Text{0, 5}, "Giờ kết thúc"},
    {"noi_dung", core::Text{1, 1000}, "Nội dung", true},
    {"dia_diem", core::Text{0, 255}, "Địa điểm"},
    {"chu_tri", core::Text{0, 255}, "Chủ trì"},
    {"thanh_phan", core::Text{0, 1000}, "Thành phần"},
    {"ghi_chu", core::Text{0, 1000}, "Ghi chú"},
};
constexpr std::string_view kPublishActions[] = {"cong-bo", "thoi-cong-bo"};
constexpr FieldSpec kSchedulePublishFields[] = {
    {"tuan", core::IsoWeek{}, "Tuần", true},
    {"thao_tac", core::OneOf{kPublishActions}, "Thao tác", true},
    {"ghi_chu_tuan", core::Text{0, 1000}, "Ghi chú chung của tuần"},
};
constexpr FieldSpec kIntroPageFields[] = {
    {"tieu_de", core::Text{2, 255}, "Tiêu đề", true},
    {"duong_dan", core::Slug{100}, "Đường dẫn"},
    {"thu_tu", core::Uint{0, 100000}, "Thứ tự"},
    {"noi_dung", core::Text{1, 500000}, "Nội dung", true},
};
constexpr FieldSpec kUnitFields[] = {
    {"ten", core::Text{2, 255}, "Tên đơn vị, bộ phận", true},
    {"cap_tren", core::Uint{1, 4294967295u}, "Thuộc"},
    {"thu_tu", core::Uint{0, 100000}, "Thứ tự"},
    {"nhiem_vu", core::Text{0, 5000}, "Chức năng, nhiệm vụ"},
};
constexpr FieldSpec kStaffFields[] = {
    {"ho_ten", core::Text{2, 255}, "Họ và tên", true},
    {"chuc_vu", core::Text{0, 255}, "Chức vụ"},
    {"thu_tu", core::Uint{0, 10000}, "Thứ tự"},
    {"don_vi", core::Uint{1, 4294967295u}, "Đơn vị, bộ phận"},
    {"bo_phan", core::Text{0, 255}, "Bộ phận"},
    {"dien_thoai", core::Text{0, 64}, "Điện thoại"},
    {"email", core::Text{0, 255}, "Thư điện tử"},
    {"nhiem_vu", core::Text{0, 5000}, "Nhiệm vụ"},
    {"lanh_dao", core::OneOf{kYes}, "Ban lãnh đạo"},
    {"xoa_anh", core::OneOf{kYes}, "Bỏ ảnh"},
};
constexpr FieldSpec kAlbumFields[] = {
    {"tieu_de", core::Text{2, 255}, "Tên album", true},
    {"mo_ta", core::Text{0, 5000}, "Mô tả"},
    {"ngay_su_kien", core::Text{0, 10}, "Ngày sự kiện"},
    {"chu_thich_moi", core::Text{0, 20000}, "Chú thích các ảnh mới"},
    {"bia", core::Uint{1, 4294967295u}, "Ảnh bìa"},
    {"cong_bo", core::OneOf{kYes}, "Công bố"},
};
constexpr FieldSpec kVideoFields[] = {
    {"tieu_de", core::Text{2, 255}, "Tên video", true},
    {"mo_ta", core::Text{0, 5000}, "Mô tả"},
    {"youtube", core::Text{0, 500}, "Liên kết YouTube"},
    {"cong_bo", core::OneOf{kYes}, "Công bố"},
};
constexpr std::string_view kPlanKinds[] = {"nam", "thang", "chuong-trinh-thang"};
constexpr FieldSpec kPlanFields[] = {
    {"loai", core::OneOf{kPlanKinds}, "Loại", true},
    {"tieu_de", core::Text{5, 500}, "Tên kế hoạch", true},
    {"so_hieu", core::Text{0, 64}, "Số, ký hiệu"},
    {"ky", core::Text{0, 100}, "Kỳ"},
    {"tu_ngay", core::Text{0, 10}, "Từ ngày"},
    {"den_ngay", core::Text{0, 10}, "Đến ngày"},
    {"tom_tat", core::Text{0, 2000}, "Tóm tắt"},
    {"noi_dung", core::Text{1, 500000}, "Nội dung", true},
    {"cong_bo", core::OneOf{kYes}, "Công bố"},
};
constexpr FieldSpec kScheduleCopyFields[] = {
    {"tuan", core::IsoWeek{}, "Tuần", true},
};
// Documents, drafts for comment, procedures (documents.cc).
constexpr std::string_view kValidities[] = {"con-hieu-luc", "het-hieu-luc", "bi-thay-the"};
constexpr std::string_view kDirections[] = {"den", "di"};
constexpr FieldSpec kDocumentFields[] = {
    {"so_ky_hieu", core::Text{1, 100}, "Số, ký hiệu", true},
    {"loai", core::Slug{32}, "Loại văn bản", true},
    {"co_quan", core::Uint{1, 4294967295u}, "Cơ quan ban hành", true},
    {"linh_vuc", core::Slug{64}, "Lĩnh vực"},
    {"trich_yeu", core::Text{5, 1000}, "Trích yếu", true},
    {"nguoi_ky", core::Text{0, 255}, "Người ký"},
    {"chuc_vu", core::Text{0, 255}, "Chức vụ"},
    {"ngay_ban_hanh", core::Text{10, 10}, "Ngày ban hành", true},
    {"ngay_hieu_luc", core::Text{0, 10}, "Ngày hiệu lực"},
    {"ngay_het_hieu_luc", core::Text{0, 10}, "Ngày hết hiệu lực"},
    {"hieu_luc", core::OneOf{kValidities}, "Tình trạng hiệu lực", true},
    {"thay_the_boi", core::Text{0, 100}, "Văn bản thay thế"},
    {"lien_quan", core::Text{0, 3000}, "Văn bản liên quan"},
    {"nguon", core::OneOf{kDirections}, "Nguồn văn bản", true},
    {"pham_vi", core::OneOf{kVisibility}, "Phạm vi", true},
    {"noi_dung", core::Text{0, 20000}, "Nội dung"},
};
constexpr FieldSpec kDocumentListFields[] = {
    {"q", core::Text{0, 100}, "Từ khóa"},
    {"da-luu", core::Uint{1, 4294967295u}, "Đã lưu"},
};
constexpr FieldSpec kDocumentCheckFields[] = {
    {"so", core::Text{0, 200}, "Số, ký hiệu"},
    {"loai", core::Slug{32}, "Loại văn bản"},
    {"co_quan", core::Uint{1, 4294967295u}, "Cơ quan ban hành"},
    {"ngay", core::Text{0, 10}, "Ngày ban hành"},
    {"id", core::Uint{1, 4294967295u}, "Văn bản"},
};
constexpr FieldSpec kSavedFields[] = {{"da-luu", core::Uint{1, 4294967295u}, "Đã lưu"}};
constexpr FieldSpec kDraftFields[] = {
    {"tieu_de", core::Text{5, 500}, "Tên dự thảo", true},
    {"tom_tat", core::Text{1, 5000}, "Tóm tắt", true},
    {"linh_vuc", core::Slug{64}, "Lĩnh vực"},
    {"don_vi_soan_thao", core::Text{0, 255}, "Đơn vị soạn thảo"},
    {"han_gop_y", core::Text{16, 16}, "Hạn góp ý", true},
};
constexpr std::string_view kProcedureLevels[] = {"tinh", "huyen", "xa", "truong"};
constexpr std::string_view kOnlineLevels[] = {"mot-phan", "toan-trinh"};
constexpr FieldSpec kProcedureFields[] = {
    {"ma", core::Text{0, 32}, "Mã thủ tục"},
    {"ten", core::Text{5, 500}, "Tên thủ tục", true},
    {"linh_vuc", core::Slug{64}, "Lĩnh vực"},
    {"cap", core::OneOf{kProcedureLevels}, "Cấp thực hiện", true},
    {"co_quan", core::Text{0, 255}, "Cơ quan thực hiện"},
    {"doi_tuong", core::Text{0, 5000}, "Đối tượng thực hiện"},
    {"trinh_tu", core::Text{1, 20000}, "Trình tự thực hiện", true},
    {"cach_thuc", core::Text{0, 5000}, "Cách thức thực hiện"},
    {"ho_so", core::Text{1, 20000}, "Thành phần hồ sơ", true},
    {"thoi_han", core::Text{0, 500}, "Thời hạn giải quyết"},
    {"phi", core::Text{0, 500}, "Phí, lệ phí"},
    {"ket_qua", core::Text{0, 500}, "Kết quả"},
    {"yeu_cau", core::Text{0, 5000}, "Yêu cầu, điều kiện"},
    {"dich_vu_cong", core::Text{0, 500}, "Dịch vụ công trực tuyến"},
    {"muc_do", core::OneOf{kOnlineLevels}, "Mức độ trực tuyến"},
    {"cong_khai", core::OneOf{kYes}, "Công khai"},
};

constexpr Route kRoutes[] = {
    {Method::kGet, "/admin/dang-nhap", HandleSignInForm, kNextFields, Access::kGuest},
    {Method::kPost, "/admin/dang-nhap", HandleSignIn, kSignInFields, Access::kGuest},
    {Method::kGet, "/admin/xac-thuc", HandleTotpForm, kNextFields, Access::kPending},
    {Method::kPost, "/admin/xac-thuc", HandleTotpVerify, kTotpFields, Access::kPending},
    {Method::kGet, "/admin/bao-mat", HandleSecurity, {}, Access::kStaff},
    {Method::kPost, "/admin/bao-mat", HandleSecurityConfirm, kTotpFields, Access::kStaff},
    {Method::kPost, "/admin/dang-xuat", HandleSignOut, {}, Access::kStaff},
    {Method::kPost, "/admin/dang-xuat-tat-ca", HandleSignOutEverywhere, {}, Access::kStaff},
    {Method::kGet, "/admin/mat-khau", HandlePasswordForm, {}, Access::kStaff},
    {Method::kPost, "/admin/mat-khau", HandlePasswordChange, kPasswordFields, Access::kStaff},
    {Method::kGet, "/admin", HandleDashboard, {}, Access::kStaff},
    {Method::kGet, "/admin/", HandleDashboard, {}, Access::kStaff},
    {Method::kGet, "/admin/bai-viet", HandleArticles, kListFields, Access::kStaff},
    {Method::kGet, "/admin/bai-viet/moi", HandleArticleNew, kArticleEditFields, Access::kStaff},
    {Method::kPost, "/admin/bai-viet/moi", HandleArticleCreate, kArticleFields, Access::kStaff},
    {Method::kGet, "/admin/bai-viet/:id", HandleArticleEdit, kArticleEditFields, Access::kStaff},
    {Method::kPost, "/admin/bai-viet/:id", HandleArticleUpdate, kArticleFields, Access::kStaff},
    {Method::kGet, "/admin/bai-viet/:id/lich-su", HandleArticleHistory, kHistoryFields, Access::kStaff},
    {Method::kGet, "/admin/nhat-ky", HandleAuditLog, kAuditFields, Access::kStaff},
    {Method::kGet, "/admin/tai-khoan", HandleAccounts, kAccountListFields, Access::kStaff},
    {Method::kGet, "/admin/tai-khoan/moi", HandleAccountNew, {}, Access::kStaff},
    {Method::kPost, "/admin/tai-khoan/moi", HandleAccountCreate, kAccountNewFields, Access::kStaff},
    {Method::kGet, "/admin/tai-khoan/:id", HandleAccount, kAccountViewFields, Access::kStaff},
    {Method::kPost, "/admin/tai-khoan/:id", HandleAccountUpdate, kAccountFields, Access::kStaff},
    {Method::kGet, "/admin/cong-van", HandleDispatches, kDispatchListFields, Access::kStaff},
    {Method::kGet, "/admin/cong-van/moi", HandleDispatchNew, kDispatchNewFields, Access::kStaff},
    {Method::kPost, "/admin/cong-van/moi", HandleDispatchSend, kDispatchFields, Access::kStaff},
    {Method::kGet, "/admin/cong-van/qua-han", HandleDispatchOverdue, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van/tep/:id", HandleDispatchFile, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van/:id", HandleDispatchTrack, {}, Access::kStaff},
    {Method::kPost, "/admin/cong-van/:id", HandleDispatchEditRefused, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van/:id/sua", HandleDispatchEditRefused, {}, Access::kStaff},
    {Method::kPost, "/admin/cong-van/:id/sua", HandleDispatchEditRefused, {}, Access::kStaff},
    {Method::kPost, "/admin/cong-van/:id/xoa", HandleDispatchEditRefused, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van/:id/csv", HandleDispatchCsv, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van/:id/in", HandleDispatchPrint, {}, Access::kStaff},
    {Method::kPost, "/admin/cong-van/:id/nhac", HandleDispatchRemind, kRemindFields, Access::kStaff},
    {Method::kGet, "/admin/tin-gui-len", HandleNewsUp, {}, Access::kStaff},
    {Method::kPost, "/admin/tin-gui-len", HandleNewsUpPropose, kNewsUpFields, Access::kStaff},
    {Method::kPost, "/admin/tin-gui-len/:id/nhan", HandleNewsUpAccept, kNewsAcceptFields, Access::kStaff},
    {Method::kPost, "/admin/tin-gui-len/:id/tra-lai", HandleNewsUpReturn, kNewsReturnFields, Access::kStaff},
    {Method::kGet, "/admin/noi-bo", HandleInternal, kInternalListFields, Access::kStaff},
    {Method::kGet, "/admin/noi-bo/moi", HandleInternalNew, {}, Access::kStaff},
    {Method::kPost, "/admin/noi-bo/moi", HandleInternalCreate, kInternalFields, Access::kStaff},
    {Method::kGet, "/admin/noi-bo/:id", HandleInternalPost, {}, Access::kStaff},
    {Method::kPost, "/admin/noi-bo/:id/duyet", HandleInternalReview, kReviewFields, Access::kStaff},
    {Method::kPost, "/admin/noi-bo/:id/tra-lai", HandleInternalReview, kReviewFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien", HandleLibrary, kLibraryListFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien/moi", HandleLibraryNew, {}, Access::kStaff},
    {Method::kPost, "/admin/thu-vien/moi", HandleLibraryCreate, kLibraryFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien/tep/:id", HandleLibraryFile, {}, Access::kStaff},
    {Method::kGet, "/admin/thu-vien/:id", HandleLibraryItem, {}, Access::kStaff},
    {Method::kPost, "/admin/thu-vien/:id/duyet", HandleLibraryReview, kReviewFields, Access::kStaff},
    {Method::kPost, "/admin/thu-vien/:id/tra-lai", HandleLibraryReview, kReviewFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien-anh", HandleMediaLibrary, kMediaListFields, Access::kStaff},
    {Method::kPost, "/admin/thu-vien-anh", HandleMediaUpload, kMediaUploadFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien-anh/chon", HandleMediaPicker, kMediaPickerFields, Access::kStaff},
    {Method::kGet, "/admin/thu-vien-anh/:id", HandleMediaItem, {}, Access::kStaff},
    {Method::kPost, "/admin/thu-vien-anh/:id", HandleMediaUpdate, kMediaUploadFields, Access::kStaff},
    {Method::kPost, "/admin/thu-vien-anh/:id/xoa", HandleMediaDelete, {}, Access::kStaff},
    {Method::kGet, "/admin/cong-van-den", HandleInbox, kInboxFields, Access::kStaff},
    {Method::kGet, "/admin/cong-van-den/:id", HandleInboxItem, {}, Access::kStaff},
    {Method::kPost, "/admin/cong-van-den/:id/tra-loi", HandleInboxReply, kReplyFields, Access::kStaff},
    {Method::kPost, "/admin/cong-van-den/:id/chuyen", HandleInboxForward, kForwardFields, Access::kStaff},
    {Method::kGet, "/admin/gop-y", HandleFeedbackInbox, kFeedbackListFields, Access::kStaff},
    {Method::kGet, "/admin/gop-y/:id", HandleFeedbackItem, {}, Access::kStaff},
    {Method::kPost, "/admin/gop-y/:id", HandleFeedbackAction, kFeedbackActionFields, Access::kStaff},
    {Method::kGet, "/admin/gop-y/:id/tep/:file", HandleFeedbackFile, {}, Access::kStaff},
    {Method::kGet, "/admin/ngay-nghi", HandleHolidays, kHolidayListFields, Access::kStaff},
    {Method::kPost, "/admin/ngay-nghi", HandleHolidaysSave, kHolidayFields, Access::kStaff},
    {Method::kGet, "/admin/van-ban", HandleDocumentsAdmin, kDocumentListFields, Access::kStaff},
    {Method::kGet, "/admin/van-ban/moi", HandleDocumentNew, {}, Access::kStaff},
    {Method::kPost, "/admin/van-ban/moi", HandleDocumentCreate, kDocumentFields, Access::kStaff},
    {Method::kGet, "/admin/van-ban/kiem-tra-so", HandleDocumentCheck, kDocumentCheckFields, Access::kStaff},
    {Method::kGet, "/admin/van-ban/tep/:id", HandleDocumentFileAdmin, {}, Access::kStaff},
    {Method::kGet, "/admin/van-ban/:id", HandleDocumentEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/van-ban/:id", HandleDocumentUpdate, kDocumentFields, Access::kStaff},
    {Method::kGet, "/admin/du-thao", HandleDraftsAdmin, kSavedFields, Access::kStaff},
    {Method::kGet, "/admin/du-thao/moi", HandleDraftNew, {}, Access::kStaff},
    {Method::kPost, "/admin/du-thao/moi", HandleDraftCreate, kDraftFields, Access::kStaff},
    {Method::kGet, "/admin/du-thao/:id", HandleDraftAdmin, {}, Access::kStaff},
    {Method::kGet, "/admin/thu-tuc", HandleProceduresAdmin, kSavedFields, Access::kStaff},
    {Method::kGet, "/admin/thu-tuc/moi", HandleProcedureNew, {}, Access::kStaff},
    {Method::kPost, "/admin/thu-tuc/moi", HandleProcedureCreate, kProcedureFields, Access::kStaff},
    {Method::kGet, "/admin/thu-tuc/:id", HandleProcedureEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/thu-tuc/:id", HandleProcedureUpdate, kProcedureFields, Access::kStaff},
    {Method::kGet, "/admin/tra-cuu-diem", HandleExams, {}, Access::kStaff},
    {Method::kPost, "/admin/tra-cuu-diem", HandleExamCreate, kExamCreateFields, Access::kStaff},
    {Method::kGet, "/admin/tra-cuu-diem/:id", HandleExam, {}, Access::kStaff},
    {Method::kPost, "/admin/tra-cuu-diem/:id", HandleExamUpdate, kExamUpdateFields, Access::kStaff},
    {Method::kGet, "/admin/cau-truc", HandleStructure, kStructureViewFields, Access::kStaff},
    {Method::kGet, "/admin/cau-truc/:phan", HandleStructure, kStructureViewFields, Access::kStaff},
    {Method::kPost, "/admin/cau-truc/:phan", HandleStructureSave, kStructureFields, Access::kStaff},
    {Method::kGet, "/admin/lich-cong-tac", HandleScheduleWeek, kScheduleWeekFields, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/muc", HandleScheduleEntryCreate, kScheduleEntryFields, Access::kStaff},
    {Method::kGet, "/admin/lich-cong-tac/muc/:id", HandleScheduleEntryEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/muc/:id", HandleScheduleEntryUpdate, kScheduleEntryFields, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/muc/:id/xoa", HandleScheduleEntryDelete, {}, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/cong-bo", HandleSchedulePublish, kSchedulePublishFields, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/sao-chep", HandleScheduleCopy, kScheduleCopyFields, Access::kStaff},
    {Method::kGet, "/admin/lich-cong-tac/ke-hoach", HandlePlans, {}, Access::kStaff},
    {Method::kGet, "/admin/lich-cong-tac/ke-hoach/moi", HandlePlanNew, {}, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/ke-hoach/moi", HandlePlanCreate, kPlanFields, Access::kStaff},
    {Method::kGet, "/admin/lich-cong-tac/ke-hoach/:id", HandlePlanEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/lich-cong-tac/ke-hoach/:id", HandlePlanUpdate, kPlanFields, Access::kStaff},
    {Method::kGet, "/admin/nhan-su", HandlePeople, {}, Access::kStaff},
    {Method::kGet, "/admin/nhan-su/don-vi/moi", HandleUnitNew, {}, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/don-vi/moi", HandleUnitCreate, kUnitFields, Access::kStaff},
    {Method::kGet, "/admin/nhan-su/don-vi/:id", HandleUnitEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/don-vi/:id", HandleUnitUpdate, kUnitFields, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/don-vi/:id/xoa", HandleUnitDelete, {}, Access::kStaff},
    {Method::kGet, "/admin/nhan-su/moi", HandleStaffNew, {}, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/moi", HandleStaffCreate, kStaffFields, Access::kStaff},
    {Method::kGet, "/admin/nhan-su/:id", HandleStaffEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/:id", HandleStaffUpdate, kStaffFields, Access::kStaff},
    {Method::kPost, "/admin/nhan-su/:id/xoa", HandleStaffDelete, {}, Access::kStaff},
    {Method::kGet, "/admin/album", HandleAlbums, {}, Access::kStaff},
    {Method::kGet, "/admin/album/moi", HandleAlbumNew, {}, Access::kStaff},
    {Method::kPost, "/admin/album/moi", HandleAlbumCreate, kAlbumFields, Access::kStaff},
    {Method::kGet, "/admin/album/:id", HandleAlbumEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/album/:id", HandleAlbumUpdate, kAlbumFields, Access::kStaff},
    {Method::kPost, "/admin/album/:id/xoa", HandleAlbumDelete, {}, Access::kStaff},
    {Method::kGet, "/admin/video", HandleVideos, {}, Access::kStaff},
    {Method::kGet, "/admin/video/moi", HandleVideoNew, {}, Access::kStaff},
    {Method::kPost, "/admin/video/moi", HandleVideoCreate, kVideoFields, Access::kStaff},
    {Method::kGet, "/admin/video/:id", HandleVideoEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/video/:id", HandleVideoUpdate, kVideoFields, Access::kStaff},
    {Method::kPost, "/admin/video/:id/xoa", HandleVideoDelete, {}, Access::kStaff},
    {Method::kGet, "/admin/gioi-thieu", HandleIntroPages, {}, Access::kStaff},
    {Method::kGet, "/admin/gioi-thieu/moi", HandleIntroPageNew, {}, Access::kStaff},
    {Method::kPost, "/admin/gioi-thieu/moi", HandleIntroPageCreate, kIntroPageFields, Access::kStaff},
    {Method::kGet, "/admin/gioi-thieu/:id", HandleIntroPageEdit, {}, Access::kStaff},
    {Method::kPost, "/admin/gioi-thieu/:id", HandleIntroPageUpdate, kIntroPageFields, Access::kStaff},
    {Method::kPost, "/admin/gioi-thieu/:id/xoa", HandleIntroPageDelete, {}, Access::kStaff},
};

}  // namespace

std::string AdminBase(const Context& context) { return context.prefix + "/admin"; }

void FillLayout(Dict& layout, const Request& request, Context& context) {
  layout.SetTemplateGlobalValue("ADMIN", AdminBase(context));
  layout.SetTemplateGlobalValue("PREFIX", context.prefix);
  layout.SetTemplateGlobalValue("SITE_NAME", context.site.name);
  layout.SetTemplateGlobalValue("SITE_SHORT_NAME", context.site.short_name);
  layout.SetValue("DATE_LINE", core::vntext::DateLine(std::time(nullptr)));
  if (context.user && !context.user->pending_totp) {
    Dict* account = layout.AddSectionDictionary("ACCOUNT");
    account->SetValue("USER_NAME", context.user->full_name);
    account->SetValue("USERNAME", context.user->username);
    layout.SetTemplateGlobalValue("CSRF", context.user->csrf_token);
    if (context.user->IsSystemAdmin() || context.user->Has(context.site.id, "truong-ban")) {
      layout.ShowSection("CAN_AUDIT");
      layout.ShowSection("CAN_ACCOUNTS");
    }
    if (content::MayEdit(context)) layout.ShowSection("CAN_EDIT_CONTENT");
  }
  if (MayEditStructure(context)) layout.ShowSection("CAN_STRUCTURE");
  FillDispatchMenu(layout, context);
  FillNewsUpMenu(layout, context);
  std::string_view path = request.path;
  auto current = [&](std::string_view p) { return path == p || (p.size() > 6 && path.rfind(p, 0) == 0); };
  if (path == "/admin/bai-viet/moi") layout.ShowSection("CUR_NEW");
  else if (current("/admin/bai-viet")) layout.ShowSection("CUR_ARTICLES");
  else if (current("/admin/nhat-ky")) layout.ShowSection("CUR_AUDIT");
  else if (current("/admin/tai-khoan")) layout.ShowSection("CUR_ACCOUNTS");
  else if (current("/admin/cong-van-den")) layout.ShowSection("CUR_INBOX");
  else if (current("/admin/tin-gui-len")) layout.ShowSection("CUR_NEWS_UP");
  else if (current("/admin/noi-bo")) layout.ShowSection("CUR_INTERNAL");
  else if (current("/admin/thu-vien-anh")) layout.ShowSection("CUR_MEDIA");
  else if (current("/admin/thu-vien")) layout.ShowSection("CUR_LIBRARY");
  else if (current("/admin/cong-van")) layout.ShowSection("CUR_DISPATCHES");
  else if (current("/admin/gop-y")) layout.ShowSection("CUR_FEEDBACK");
  else if (current("/admin/tra-cuu-diem")) layout.ShowSection("CUR_EXAMS");
  else if (current("/admin/van-ban") || current("/admin/du-thao") || current("/admin/thu-tuc")) layout.ShowSection("CUR_DOCUMENTS");
  else if (current("/admin/ngay-nghi")) layout.ShowSection("CUR_HOLIDAYS");
  else if (current("/admin/cau-truc")) layout.ShowSection("CUR_STRUCTURE");
  else if (current("/admin/lich-cong-tac")) layout.ShowSection("CUR_SCHEDULE");
  else if (current("/admin/gioi-thieu")) layout.ShowSection("CUR_INTRO");
  else if (current("/admin/nhan-su")) layout.ShowSection("CUR_PEOPLE");
  else if (current("/admin/album")) layout.ShowSection("CUR_ALBUMS");
  else if (current("/admin/video")) layout.ShowSection("CUR_VIDEOS");
  else if (current("/admin/mat-khau")) layout.ShowSection("CUR_PASSWORD");
  else if (current("/admin/bao-mat")) layout.ShowSection("CUR_SECURITY");
  else if (path == "/admin" || path == "/admin/") layout.ShowSection("CUR_HOME");
}

Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content) {
  FillLayout(layout, request, context);
  layout.SetValue("PAGE_TITLE", std::string(title));
  return core::SetContent(layout, content);
}

Result<Response> RenderPage(const Dict& layout) {
  Result<std::string> html = core::Render("layout/admin.tpl", layout);
  if (!html.ok()) return html.status();
  Response r = Response::Html(std::move(html).value());
  r.Header("Cache-Control", "no-store");
  return r;
}

Result<core::workflow::Actor> ActorOf(Context& context) {
  core::workflow::Actor actor;
  if (!context.user) return actor;
  actor.user_id = context.user->user_id;
  actor.posting_revoked = context.user->posting_revoked;
  for (const core::SiteRole& r : context.user->roles) {
    if (r.site_id == context.site.id) actor.roles.insert(r.role);
  }
  Result<core::Rows> delegated = context.db.Query(
      "SELECT d.category_id FROM category_delegations d JOIN categories c ON c.id = d.category_id "
      "WHERE d.user_id = ? AND c.site_id = ?", {context.user->user_id, context.site.id});
  if (!delegated.ok()) return delegated.status();
  for (const core::Row& r : *delegated) actor.delegated_categories.insert(static_cast<uint32_t>(r.Int(0)));
  return actor;
}

}  // namespace admin

int main(int argc, char** argv) {
  core::Module module;
  module.name = "admin";
  module.routes = admin::kRoutes;
  module.fill_layout = admin::FillLayout;
  module.layout_template = "layout/admin.tpl";
  module.uses_sessions = true;
  module.password_path = "/admin/mat-khau";
  module.sign_out_path = "/admin/dang-xuat";
  module.max_body = 24 << 20;  // dispatch and reply files (nginx allows 25m)
  return core::RunModule(module, argc, argv);
}
