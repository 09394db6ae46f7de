// The organisation chart and the staff directory (/admin/nhan-su; tables org_units and
// staff): what the public /danh-ba and /gioi-thieu/co-cau-to-chuc show. A person may
// have a photo (JPEG, PNG, WebP up to 5 MB, sniffed, thumbnails made).
#include <functional>

#include "admin/content.h"
#include "core/audit.h"
#include "core/media.h"
#include "core/upload.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;
using content::Typed;

constexpr size_t kMaxPhotoBytes = 5 * 1024 * 1024;

constexpr char kUnitsSql[] =
    "SELECT id, COALESCE(parent_id, 0), name, duties, sort_order FROM org_units WHERE site_id = ? "
    "ORDER BY sort_order, id LIMIT 200";
constexpr char kUnitSql[] =
    "SELECT id, COALESCE(parent_id, 0), name, duties, sort_order FROM org_units WHERE id = ? AND site_id = ?";
constexpr char kStaffListSql[] =
    "SELECT s.id, s.full_name, s.position, s.position_rank, COALESCE(u.name, s.department), s.phone, s.email, "
    "m.path, m.thumb_widths FROM staff s LEFT JOIN org_units u ON u.id = s.org_unit_id "
    "LEFT JOIN media m ON m.id = s.photo_media_id WHERE s.site_id = ? "
    "ORDER BY s.position_rank, s.given_name, s.full_name LIMIT 500";
constexpr char kPersonSql[] =
    "SELECT s.id, s.full_name, s.position, s.position_rank, COALESCE(s.org_unit_id, 0), s.department, s.phone, "
    "s.email, s.duties, s.is_leader, m.path, m.thumb_widths, s.photo_media_id FROM staff s "
    "LEFT JOIN media m ON m.id = s.photo_media_id WHERE s.id = ? AND s.site_id = ?";

std::string PeopleUrl(const Context& context, std::string_view done = "") {
  return AdminBase(context) + "/nhan-su" + (done.empty() ? "" : "?xong=" + std::string(done));
}

// Units as options of a select, indented by depth ("— — Tổ Toán").
void FillUnitOptions(Dict* page, const Rows& units, const char* section, int64_t selected, int64_t except) {
  std::function<void(int64_t, int)> add = [&](int64_t parent, int depth) {
    if (depth > 8) return;
    for (const Row& u : units) {
      if (u.Int(1) != parent || u.Int(0) == except) continue;
      Dict* o = page->AddSectionDictionary(section);
      o->SetValue("VALUE", u.Str(0));
      std::string label;
      for (int i = 0; i < depth; ++i) label += "— ";
      o->SetValue("LABEL", label + u.Str(2));
      if (u.Int(0) == selected) o->ShowSection("SELECTED");
      add(u.Int(0), depth + 1);
    }
  };
  add(0, 0);
}

// ---- units ---------------------------------------------------------------------------

Result<Response> ShowUnitForm(const Request& request, Context& context, uint32_t id, const std::string& name,
                              int64_t parent, const std::string& order, const std::string& duties,
                              const std::string& message, int status) {
  Result<Rows> units = context.db.Query(kUnitsSql, {context.site.id});
  if (!units.ok()) return units.status();
  Dict layout("admin_unit");
  const char* title = id ? "Sửa đơn vị, bộ phận" : "Thêm đơn vị, bộ phận";
  Dict* page = StartPage(layout, request, context, title, "admin/content_unit.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/nhan-su/don-vi/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", PeopleUrl(context));
  page->SetValue("F_NAME", name);
  page->SetValue("F_ORDER", order);
  page->SetValue("F_DUTIES", duties);
  FillUnitOptions(page, *units, "PARENT", parent, id ? id : -1);
  if (id) page->SetValueAndShowSection("DELETE_URL", AdminBase(context) + "/nhan-su/don-vi/" + std::to_string(id) + "/xoa", "CAN_DELETE");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  return content::Render(layout, status);
}

Result<Response> SaveUnit(const Request& const_request, Context& context, uint32_t id) {
  Request request = const_request;
  const std::string* parent_text = request.Field("cap_tren");
  int64_t parent = parent_text ? std::stoll(*parent_text) : 0;
  Result<Rows> units = context.db.Query(kUnitsSql, {context.site.id});
  if (!units.ok()) return units.status();
  if (parent) {
    // The parent is a unit of this site, and not the unit itself or one below it.
    bool found = false;
    int64_t walk = parent;
    for (int depth = 0; walk && depth < 50; ++depth) {
      if (id && walk == id) {
        request.invalid["cap_tren"] = "Không thể đặt một đơn vị nằm dưới chính nó.";
        break;
      }
      bool step = false;
      for (const Row& u : *units) {
        if (u.Int(0) == walk) {
          if (walk == parent) found = true;
          walk = u.Int(1);
          step = true;
          break;
        }
      }
      if (!step) break;
    }
    if (!found && !request.invalid.count("cap_tren")) request.invalid["cap_tren"] = "Đơn vị cấp trên không thuộc đơn vị này.";
  }
  std::string name = Typed(request, "ten"), order = Typed(request, "thu_tu"), duties = Typed(request, "nhiem_vu");
  if (!request.invalid.empty()) return ShowUnitForm(request, context, id, name, parent, order, duties, "", 422);
  long sort = request.Field("thu_tu") ? std::stol(*request.Field("thu_tu")) : 0;
  std::optional<int64_t> parent_id;
  if (parent) parent_id = parent;
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> saved =
      id == 0 ? context.db.Execute("INSERT INTO org_units (site_id, parent_id, name, duties, sort_order) VALUES (?, ?, ?, ?, ?)",
                                   {context.site.id, parent_id ? core::Param(static_cast<long long>(*parent_id)) : core::Param(nullptr),
                                    name, duties, sort})
              : context.db.Execute("UPDATE org_units SET parent_id = ?, name = ?, duties = ?, sort_order = ? WHERE id = ? AND site_id = ?",
                                   {parent_id ? core::Param(static_cast<long long>(*parent_id)) : core::Param(nullptr), name,
                                    duties, sort, id, context.site.id});
  if (!saved.ok()) return saved.status();
  uint64_t unit_id = id ? id : saved->insert_id;
  Status audit = core::Audit(context, request, id ? "org_unit.update" : "org_unit.create", "org_unit", unit_id, name.substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(PeopleUrl(context, "don-vi"), 303);
}

// ---- people --------------------------------------------------------------------------

struct PersonForm {
  std::string name, position, rank, department, phone, email, duties;
  int64_t unit = 0;
  bool leader = false;
  std::string photo_path, photo_widths;
};

Result<Response> ShowPersonForm(const Request& request, Context& context, uint32_t id, const PersonForm& f,
                                const std::string& message, int status) {
  Result<Rows> units = context.db.Query(kUnitsSql, {context.site.id});
  if (!units.ok()) return units.status();
  Dict layout("admin_person");
  const char* title = id ? "Sửa thông tin cán bộ" : "Thêm cán bộ vào danh bạ";
  Dict* page = StartPage(layout, request, context, title, "admin/content_person.tpl");
  page->SetValue("HEADING", title);
  page->SetValue("ACTION", AdminBase(context) + "/nhan-su/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", PeopleUrl(context));
  page->SetValue("F_NAME", f.name);
  page->SetValue("F_POSITION", f.position);
  page->SetValue("F_RANK", f.rank);
  page->SetValue("F_DEPARTMENT", f.department);
  page->SetValue("F_PHONE", f.phone);
  page->SetValue("F_EMAIL", f.email);
  page->SetValue("F_DUTIES", f.duties);
  if (f.leader) page->ShowSection("LEADER");
  FillUnitOptions(page, *units, "UNIT", f.unit, -1);
  if (!f.photo_path.empty()) {
    Dict* photo = page->AddSectionDictionary("PHOTO");
    photo->SetValue("PHOTO_URL", core::media::BestThumb(f.photo_path, f.photo_widths, 320));
  }
  if (id) page->SetValueAndShowSection("DELETE_URL", AdminBase(context) + "/nhan-su/" + std::to_string(id) + "/xoa", "CAN_DELETE");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  return content::Render(layout, status);
}

bool PlausiblePhone(std::string_view phone) {
  for (char c : phone) {
    if (!((c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '.' || c == '-' || c == '(' || c == ')')) return false;
  }
  return true;
}

bool PlausibleEmail(std::string_view email) {
  size_t at = email.find('@');
  return at != std::string_view::npos && at > 0 && email.find('.', at) != std::string_view::npos &&
         email.find(' ') == std::string_view::npos && email.find('@', at + 1) == std::string_view::npos;
}

Result<Response> SavePerson(const Request& const_request, Context& context, uint32_t id, const PersonForm& loaded) {
  Request request = const_request;
  PersonForm f;
  f.name = Typed(request, "ho_ten");
  f.position = Typed(request, "chuc_vu");
  f.rank = Typed(request, "thu_tu");
  f.department = Typed(request, "bo_phan");
  f.phone = Typed(request, "dien_thoai");
  f.email = Typed(request, "email");
  f.duties = Typed(request, "nhiem_vu");
  f.leader = request.Field("lanh_dao") != nullptr;
  f.unit = request.Field("don_vi") ? std::stoll(*request.Field("don_vi")) : 0;
  f.photo_path = loaded.photo_path;
  f.photo_widths = loaded.photo_widths;
  if (!f.phone.empty() && !request.invalid.count("dien_thoai") && !PlausiblePhone(f.phone)) {
    request.invalid["dien_thoai"] = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . - ( ).";
  }
  if (!f.email.empty() && !request.invalid.count("email") && !PlausibleEmail(f.email)) {
    request.invalid["email"] = "Địa chỉ thư điện tử không hợp lệ (dạng ten@donvi.edu.vn).";
  }
  if (f.unit) {
    Result<Rows> unit = context.db.Query("SELECT id FROM org_units WHERE id = ? AND site_id = ?", {f.unit, context.site.id});
    if (!unit.ok()) return unit.status();
    if (unit->empty()) request.invalid["don_vi"] = "Đơn vị, bộ phận không thuộc đơn vị này.";
  }
  const core::UploadedFile* photo = request.File("anh");
  if (!request.invalid.empty()) return ShowPersonForm(request, context, id, f, "", 422);

  content::Uploads uploads(context.config.uploads_dir());
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  std::optional<uint64_t> photo_id;
  bool change_photo = false;
  if (photo) {
    Result<core::media::Stored> stored = uploads.Image(context, *photo, f.name, content::kPhotoTypes, kMaxPhotoBytes);
    if (!stored.ok()) {
      if (!stored.status().IsInvalid()) return stored.status();
      tx->reset();
      request.invalid["anh"] = stored.status().user_message();
      return ShowPersonForm(request, context, id, f, "", 422);
    }
    photo_id = stored->id;
    change_photo = true;
  } else if (request.Field("xoa_anh")) {
    change_photo = true;
  }
  long rank = request.Field("thu_tu") ? std::stol(*request.Field("thu_tu")) : 100;
  core::Param unit = f.unit ? core::Param(static_cast<long long>(f.unit)) : core::Param(nullptr);
  core::Param photo_param = photo_id ? core::Param(static_cast<long long>(*photo_id)) : core::Param(nullptr);
  Result<core::ExecResult> saved =
      id == 0
          ? context.db.Execute(
                "INSERT INTO staff (site_id, full_name, position, position_rank, org_unit_id, department, phone, email, "
                "duties, is_leader, photo_media_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {context.site.id, f.name, f.position, rank, unit, f.department, f.phone, f.email, f.duties,
                 f.leader ? 1 : 0, photo_param})
          : change_photo
                ? context.db.Execute(
                      "UPDATE staff SET full_name = ?, position = ?, position_rank = ?, org_unit_id = ?, department = ?, "
                      "phone = ?, email = ?, duties = ?, is_leader = ?, photo_media_id = ? WHERE id = ? AND site_id = ?",
                      {f.name, f.position, rank, unit, f.department, f.phone, f.email, f.duties, f.leader ? 1 : 0,
                       photo_param, id, context.site.id})
                : context.db.Execute(
                      "UPDATE staff SET full_name = ?, position = ?, position_rank = ?, org_unit_id = ?, department = ?, "
                      "phone = ?, email = ?, duties = ?, is_leader = ? WHERE id = ? AND site_id = ?",
                      {f.name, f.position, rank, unit, f.department, f.phone, f.email, f.duties, f.leader ? 1 : 0, id,
                       context.site.id});
  if (!saved.ok()) return saved.status();
  uint64_t person_id = id ? id : saved->insert_id;
  Status audit = core::Audit(context, request, id ? "staff.update" : "staff.create", "staff", person_id,
                             f.name.substr(0, 200) + (photo_id ? " (ảnh mới)" : ""));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  uploads.Keep();
  return Response::Redirect(PeopleUrl(context, "can-bo"), 303);
}

Result<PersonForm> LoadPerson(Context& context, uint32_t id) {
  Result<Row> r = context.db.QueryRow(kPersonSql, {id, context.site.id});
  if (!r.ok()) return r.status();
  PersonForm f;
  f.name = r->Str(1);
  f.position = r->Str(2);
  f.rank = r->Str(3);
  f.unit = r->Int(4);
  f.department = r->Str(5);
  f.phone = r->Str(6);
  f.email = r->Str(7);
  f.duties = r->Str(8);
  f.leader = r->Int(9) == 1;
  f.photo_path = r->Str(10);
  f.photo_widths = r->Str(11);
  return f;
}

}  // namespace

Result<Response> HandlePeople(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  Result<Rows> units = context.db.Query(kUnitsSql, {context.site.id});
  if (!units.ok()) return units.status();
  Result<Rows> staff = context.db.Query(kStaffListSql, {context.site.id});
  if (!staff.ok()) return staff.status();
  Dict layout("admin_people");
  Dict* page = StartPage(layout, request, context, "Cơ cấu tổ chức và danh bạ", "admin/content_people.tpl");
  page->SetValue("NEW_UNIT_URL", AdminBase(context) + "/nhan-su/don-vi/moi");
  page->SetValue("NEW_PERSON_URL", AdminBase(context) + "/nhan-su/moi");
  page->SetValue("PUBLIC_DIRECTORY", context.prefix + "/danh-ba");
  page->SetValue("PUBLIC_CHART", context.prefix + "/gioi-thieu/co-cau-to-chuc");
  // The tree as a flat list with depth, for a nested look without recursion in templates.
  std::function<void(int64_t, int)> add = [&](int64_t parent, int depth) {
    if (depth > 8) return;
    for (const Row& u : *units) {
      if (u.Int(1) != parent) continue;
      Dict* item = page->AddSectionDictionary("UNIT");
      item->SetValue("NAME", u.Str(2));
      item->SetIntValue("DEPTH", depth);
      item->SetValue("ORDER", u.Str(4));
      item->SetValue("EDIT_URL", AdminBase(context) + "/nhan-su/don-vi/" + u.Str(0));
      add(u.Int(0), depth + 1);
    }
  };
  add(0, 0);
  page->ShowSection(units->empty() ? "NO_UNITS" : "HAS_UNITS");
  for (const Row& r : *staff) {
    Dict* item = page->AddSectionDictionary("PERSON");
    item->SetValue("NAME", r.Str(1));
    item->SetValue("POSITION", r.Str(2));
    item->SetValue("RANK", r.Str(3));
    item->SetValue("UNIT", r.Str(4));
    item->SetValue("PHONE", r.Str(5));
    item->SetValue("EMAIL", r.Str(6));
    item->SetValue("EDIT_URL", AdminBase(context) + "/nhan-su/" + r.Str(0));
    if (!r.IsNull(7)) item->SetValueAndShowSection("PHOTO_URL", core::media::BestThumb(r.Str(7), r.Str(8), 320), "HAS_PHOTO");
  }
  page->ShowSection(staff->empty() ? "NO_PEOPLE" : "HAS_PEOPLE");
  for (const auto& [k, v] : request.query_params) {
    if (k != "xong") continue;
    std::string m = v == "don-vi" ? "Đã lưu đơn vị, bộ phận." : v == "can-bo" ? "Đã lưu thông tin cán bộ." :
                    v == "xoa" ? "Đã xóa." : "";
    if (!m.empty()) page->SetValueAndShowSection("NOTICE", m, "HAS_NOTICE");
  }
  return RenderPage(layout);
}

Result<Response> HandleUnitNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return ShowUnitForm(request, context, 0, "", 0, "0", "", "", 200);
}

Result<Response> HandleUnitCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return SaveUnit(request, context, 0);
}

Result<Response> HandleUnitEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> u = context.db.QueryRow(kUnitSql, {id, context.site.id});
  if (!u.ok()) return u.status();
  return ShowUnitForm(request, context, id, u->Str(2), u->Int(1), u->Str(4), u->Str(3), "", 200);
}

Result<Response> HandleUnitUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> u = context.db.QueryRow(kUnitSql, {id, context.site.id});
  if (!u.ok()) return u.status();
  return SaveUnit(request, context, id);
}

Result<Response> HandleUnitDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> u = context.db.QueryRow(kUnitSql, {id, context.site.id});
  if (!u.ok()) return u.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<Row> children = context.db.QueryRow("SELECT COUNT(*) FROM org_units WHERE parent_id = ?", {id});
  if (!children.ok()) return children.status();
  if (children->Int(0) > 0) {
    tx->reset();
    return ShowUnitForm(request, context, id, u->Str(2), u->Int(1), u->Str(4), u->Str(3),
                        "Đơn vị này còn " + children->Str(0) + " đơn vị, bộ phận trực thuộc: chuyển hoặc xóa chúng trước.", 409);
  }
  Result<core::ExecResult> unlink = context.db.Execute("UPDATE staff SET org_unit_id = NULL WHERE org_unit_id = ?", {id});
  if (!unlink.ok()) return unlink.status();
  Result<core::ExecResult> del = context.db.Execute("DELETE FROM org_units WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "org_unit.delete", "org_unit", id, u->Str(2).substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(PeopleUrl(context, "xoa"), 303);
}

Result<Response> HandleStaffNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  PersonForm f;
  f.rank = "100";
  return ShowPersonForm(request, context, 0, f, "", 200);
}

Result<Response> HandleStaffCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return SavePerson(request, context, 0, PersonForm{});
}

Result<Response> HandleStaffEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<PersonForm> f = LoadPerson(context, id);
  if (!f.ok()) return f.status();
  return ShowPersonForm(request, context, id, *f, "", 200);
}

Result<Response> HandleStaffUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<PersonForm> f = LoadPerson(context, id);
  if (!f.ok()) return f.status();
  return SavePerson(request, context, id, *f);
}

Result<Response> HandleStaffDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<PersonForm> f = LoadPerson(context, id);
  if (!f.ok()) return f.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> del = context.db.Execute("DELETE FROM staff WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "staff.delete", "staff", id, f->name.substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(PeopleUrl(context, "xoa"), 303);
}

}  // namespace admin
