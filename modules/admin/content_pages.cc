// Introduction pages (/admin/gioi-thieu, table `pages`): what the public /gioi-thieu and
// /gioi-thieu/<page> show. The body comes from the same editor as articles and is
// sanitised on save (core/sanitize.h), so the portal shows it as {{BODY:none}}.
#include "admin/content.h"
#include "core/audit.h"
#include "core/sanitize.h"
#include "core/vntext.h"

namespace admin {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr char kPagesSql[] =
    "SELECT id, slug, title, sort_order, updated_at FROM pages WHERE site_id = ? ORDER BY sort_order, id LIMIT 200";
constexpr char kPageSql[] = "SELECT id, slug, title, sort_order, body FROM pages WHERE id = ? AND site_id = ?";

struct PageForm {
  std::string title, slug, order, body;
};

Result<Response> ShowForm(const Request& request, Context& context, uint32_t id, const PageForm& f,
                          const std::string& message, int status) {
  Dict layout("admin_page_edit");
  Dict* page = StartPage(layout, request, context, id ? "Sửa trang giới thiệu" : "Thêm trang giới thiệu",
                         "admin/content_page_edit.tpl");
  page->SetValue("HEADING", id ? "Sửa trang giới thiệu" : "Thêm trang giới thiệu");
  page->SetValue("ACTION", AdminBase(context) + "/gioi-thieu/" + (id ? std::to_string(id) : "moi"));
  page->SetValue("BACK_URL", AdminBase(context) + "/gioi-thieu");
  page->SetValue("F_TITLE", f.title);
  page->SetValue("F_SLUG", f.slug);
  page->SetValue("F_ORDER", f.order);
  page->SetValue("F_BODY", f.body);
  if (id && !f.slug.empty()) page->SetValueAndShowSection("PUBLIC_URL", context.prefix + "/gioi-thieu/" + f.slug, "HAS_PUBLIC");
  if (id) page->SetValueAndShowSection("DELETE_URL", AdminBase(context) + "/gioi-thieu/" + std::to_string(id) + "/xoa", "CAN_DELETE");
  content::ShowFieldErrors(page, request);
  if (!message.empty()) page->SetValueAndShowSection("MESSAGE", message, "HAS_MESSAGE");
  return content::Render(layout, status);
}

PageForm TypedForm(const Request& request) {
  return {content::Typed(request, "tieu_de"), content::Typed(request, "duong_dan"), content::Typed(request, "thu_tu"),
          content::Typed(request, "noi_dung")};
}

// Saves a new page (id 0) or an existing one; the form again on bad input.
Result<Response> Save(const Request& const_request, Context& context, uint32_t id) {
  Request request = const_request;
  PageForm typed = TypedForm(request);
  std::string slug = typed.slug;
  if (slug.empty() && !request.invalid.count("duong_dan")) slug = core::vntext::Slugify(typed.title, 100);
  std::string body;
  if (!request.invalid.count("noi_dung")) {
    body = core::html::Sanitize(typed.body);
    if (core::html::ToText(body).empty() && body.find("<img") == std::string::npos) {
      request.invalid["noi_dung"] = "Nội dung không được để trống.";
    }
  }
  if (slug.empty() && !request.invalid.count("duong_dan") && !request.invalid.count("tieu_de")) {
    request.invalid["duong_dan"] = "Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.";
  }
  if (!request.invalid.empty()) return ShowForm(request, context, id, typed, "", 422);
  const std::string* order_text = request.Field("thu_tu");
  long order = order_text ? std::stol(*order_text) : 0;

  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> saved =
      id == 0 ? context.db.Execute("INSERT INTO pages (site_id, slug, title, body, sort_order) VALUES (?, ?, ?, ?, ?)",
                                   {context.site.id, slug, typed.title, body, order})
              : context.db.Execute("UPDATE pages SET slug = ?, title = ?, body = ?, sort_order = ?, "
                                   "updated_at = UTC_TIMESTAMP() WHERE id = ? AND site_id = ?",
                                   {slug, typed.title, body, order, id, context.site.id});
  if (!saved.ok()) {
    if (saved.status().IsConflict()) {
      tx->reset();
      request.invalid["duong_dan"] = "Đường dẫn \"" + slug + "\" đã được dùng cho một trang khác của đơn vị.";
      typed.slug = slug;
      return ShowForm(request, context, id, typed, "", 422);
    }
    return saved.status();
  }
  uint64_t page_id = id ? id : saved->insert_id;
  Status audit = core::Audit(context, request, id ? "page.update" : "page.create", "page", page_id,
                             slug + " " + typed.title.substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/gioi-thieu/" + std::to_string(page_id) + "?da-luu=1", 303);
}

}  // namespace

Result<Response> HandleIntroPages(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  Result<Rows> rows = context.db.Query(kPagesSql, {context.site.id});
  if (!rows.ok()) return rows.status();
  Dict layout("admin_pages");
  Dict* page = StartPage(layout, request, context, "Trang giới thiệu", "admin/content_pages.tpl");
  page->SetValue("NEW_URL", AdminBase(context) + "/gioi-thieu/moi");
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("PAGE");
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("SLUG", r.Str(1));
    item->SetValue("ORDER", r.Str(3));
    item->SetValue("UPDATED", core::vntext::FormatDateTime(r.Time(4)));
    item->SetValue("EDIT_URL", AdminBase(context) + "/gioi-thieu/" + r.Str(0));
    item->SetValue("PUBLIC_URL", context.prefix + "/gioi-thieu/" + r.Str(1));
  }
  page->ShowSection(rows->empty() ? "EMPTY" : "HAS_PAGES");
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-xoa" && v == "1") page->SetValueAndShowSection("NOTICE", "Đã xóa trang.", "HAS_NOTICE");
  }
  return RenderPage(layout);
}

Result<Response> HandleIntroPageNew(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return ShowForm(request, context, 0, PageForm{"", "", "0", ""}, "", 200);
}

Result<Response> HandleIntroPageCreate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  return Save(request, context, 0);
}

Result<Response> HandleIntroPageEdit(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kPageSql, {id, context.site.id});
  if (!row.ok()) return row.status();
  std::string message;
  for (const auto& [k, v] : request.query_params) {
    if (k == "da-luu" && v == "1") message = "Đã lưu trang.";
  }
  return ShowForm(request, context, id, PageForm{row->Str(2), row->Str(1), row->Str(3), row->Str(4)}, message, 200);
}

Result<Response> HandleIntroPageUpdate(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kPageSql, {id, context.site.id});
  if (!row.ok()) return row.status();
  return Save(request, context, id);
}

Result<Response> HandleIntroPageDelete(const Request& request, Context& context) {
  Status allowed = content::RequireEditor(context, request);
  if (!allowed.ok()) return allowed;
  uint32_t id = content::PathId(request);
  if (id == 0) return Status::NotFound();
  Result<Row> row = context.db.QueryRow(kPageSql, {id, context.site.id});
  if (!row.ok()) return row.status();
  Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
  if (!tx.ok()) return tx.status();
  Result<core::ExecResult> del = context.db.Execute("DELETE FROM pages WHERE id = ? AND site_id = ?", {id, context.site.id});
  if (!del.ok()) return del.status();
  Status audit = core::Audit(context, request, "page.delete", "page", id, row->Str(1) + " " + row->Str(2).substr(0, 200));
  if (!audit.ok()) return audit;
  Status c = (*tx)->Commit();
  if (!c.ok()) return c;
  return Response::Redirect(AdminBase(context) + "/gioi-thieu?da-xoa=1", 303);
}

}  // namespace admin
