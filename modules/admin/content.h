// What the public portal shows, edited in the staff area (issue 5 item 6): introduction
// pages (content_pages.cc), the organisation chart and staff directory (content_staff.cc),
// the weekly schedule and work plans (content_schedule.cc), albums and videos
// (content_media.cc). Helpers they share are in content_common.cc.
#ifndef EDUPORTAL_ADMIN_CONTENT_H_
#define EDUPORTAL_ADMIN_CONTENT_H_

#include <span>
#include <string>
#include <vector>

#include "admin/admin.h"
#include "core/media.h"

namespace admin {

// Introduction pages (/admin/gioi-thieu).
Result<Response> HandleIntroPages(const Request& request, Context& context);
Result<Response> HandleIntroPageNew(const Request& request, Context& context);
Result<Response> HandleIntroPageCreate(const Request& request, Context& context);
Result<Response> HandleIntroPageEdit(const Request& request, Context& context);
Result<Response> HandleIntroPageUpdate(const Request& request, Context& context);
Result<Response> HandleIntroPageDelete(const Request& request, Context& context);
// Organisation chart and staff (/admin/nhan-su).
Result<Response> HandlePeople(const Request& request, Context& context);
Result<Response> HandleUnitNew(const Request& request, Context& context);
Result<Response> HandleUnitCreate(const Request& request, Context& context);
Result<Response> HandleUnitEdit(const Request& request, Context& context);
Result<Response> HandleUnitUpdate(const Request& request, Context& context);
Result<Response> HandleUnitDelete(const Request& request, Context& context);
Result<Response> HandleStaffNew(const Request& request, Context& context);
Result<Response> HandleStaffCreate(const Request& request, Context& context);
Result<Response> HandleStaffEdit(const Request& request, Context& context);
Result<Response> HandleStaffUpdate(const Request& request, Context& context);
Result<Response> HandleStaffDelete(const Request& request, Context& context);
// Weekly schedule and work plans (/admin/lich-cong-tac).
Result<Response> HandleScheduleWeek(const Request& request, Context& context);
Result<Response> HandleScheduleEntryCreate(const Request& request, Context& context);
Result<Response> HandleScheduleEntryEdit(const Request& request, Context& context);
Result<Response> HandleScheduleEntryUpdate(const Request& request, Context& context);
Result<Response> HandleScheduleEntryDelete(const Request& request, Context& context);
Result<Response> HandleSchedulePublish(const Request& request, Context& context);
Result<Response> HandleScheduleCopy(const Request& request, Context& context);
Result<Response> HandlePlans(const Request& request, Context& context);
Result<Response> HandlePlanNew(const Request& request, Context& context);
Result<Response> HandlePlanCreate(const Request& request, Context& context);
Result<Response> HandlePlanEdit(const Request& request, Context& context);
Result<Response> HandlePlanUpdate(const Request& request, Context& context);
// Albums and videos (/admin/album, /admin/video).
Result<Response> HandleAlbums(const Request& request, Context& context);
Result<Response> HandleAlbumNew(const Request& request, Context& context);
Result<Response> HandleAlbumCreate(const Request& request, Context& context);
Result<Response> HandleAlbumEdit(const Request& request, Context& context);
Result<Response> HandleAlbumUpdate(const Request& request, Context& context);
Result<Response> HandleAlbumDelete(const Request& request, Context& context);
Result<Response> HandleVideos(const Request& request, Context& context);
Result<Response> HandleVideoNew(const Request& request, Context& context);
Result<Response> HandleVideoCreate(const Request& request, Context& context);
Result<Response> HandleVideoEdit(const Request& request, Context& context);
Result<Response> HandleVideoUpdate(const Request& request, Context& context);
Result<Response> HandleVideoDelete(const Request& request, Context& context);

namespace content {

// Secretary (thu-ky) and above on this site, or a system administrator anywhere.
bool MayEdit(const Context& context);
// Forbidden otherwise; a refused POST is written to the audit log.
core::Status RequireEditor(Context& context, const Request& request);
// What was typed into a field: its validated value, or the raw text when it was invalid.
std::string Typed(const Request& request, std::string_view name);
// Shows each invalid field's message next to it: ERROR_<name> in HAS_ERROR_<name>.
void ShowFieldErrors(Dict* page, const Request& request);
// A page with an explicit status (422 for bad input, 409 for a conflict).
Result<Response> Render(const Dict& layout, int status);
// ":id" of the route as a number; 0 when it is not one.
uint32_t PathId(const Request& request, size_t index = 0);
// A value of a form part that is not declared (one per row of a list), checked with the
// same validators. nullopt when absent; the message in *error when invalid.
std::optional<std::string> FormValue(const Request& request, std::string_view name, core::Validator validator,
                                     std::string_view label, std::string* error);

// Uploaded media written while a request runs; removed again unless Keep() is called
// (the transaction that refers to them failed), so nothing is half-saved.
class Uploads {
 public:
  explicit Uploads(std::string dir) : dir_(std::move(dir)) {}
  ~Uploads();
  Uploads(const Uploads&) = delete;
  Uploads& operator=(const Uploads&) = delete;
  // Sniffs `data` against `allowed`, writes it and its thumbnails and inserts its media
  // row (inside the caller's transaction). Invalid with a Vietnamese message for a file
  // that is not an allowed image or is larger than `max_bytes`.
  Result<core::media::Stored> Image(Context& context, const core::UploadedFile& file, std::string_view alt,
                                    std::span<const std::string_view> allowed, size_t max_bytes);
  // The same for an MP4 video (no thumbnails).
  Result<core::media::Stored> Video(Context& context, const core::UploadedFile& file, size_t max_bytes);
  void Keep() { keep_ = true; }

 private:
  std::string dir_;
  std::vector<std::string> written_;
  bool keep_ = false;
};

// JPEG, PNG and WebP: the photos of staff and albums.
extern const std::span<const std::string_view> kPhotoTypes;

}  // namespace content
}  // namespace admin

#endif  // EDUPORTAL_ADMIN_CONTENT_H_
