// Published questions and answers (hỏi đáp): by topic, each on its own page, searchable
// through the search module (trigger in migration 0071). Only the staff's edited public
// question is shown, never the sender's own text, name or contact.
#include "core/vntext.h"
#include "feedback/feedback.h"

namespace feedback {
namespace {

using core::Row;
using core::Rows;
using core::Status;

constexpr int kPerPage = 20;

constexpr char kTopicsSql[] =
    "SELECT t.code, t.name, COUNT(f.id) FROM feedback_topics t "
    "LEFT JOIN feedback f ON f.topic_code = t.code AND f.site_id = ? AND f.status = 'published' "
    "GROUP BY t.code, t.name, t.sort_order ORDER BY t.sort_order, t.code LIMIT 50";
constexpr char kListSql[] =
    "SELECT f.id, f.slug, f.public_title, f.published_at, t.name, f.public_question FROM feedback f "
    "JOIN feedback_topics t ON t.code = f.topic_code "
    "WHERE f.site_id = ? AND f.status = 'published' AND (? = 0 OR f.topic_code = ?) AND f.id < ? "
    "ORDER BY f.id DESC LIMIT ?";
constexpr char kItemSql[] =
    "SELECT f.id, f.slug, f.public_title, f.public_question, f.answer_html, f.published_at, t.name, t.code, "
    "f.received_at FROM feedback f JOIN feedback_topics t ON t.code = f.topic_code "
    "WHERE f.id = ? AND f.site_id = ? AND f.status = 'published'";

std::string Excerpt(const std::string& text, size_t max_chars) {
  size_t count = 0, i = 0;
  for (; i < text.size() && count < max_chars; ++count) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  }
  return i >= text.size() ? text : text.substr(0, i) + "…";
}

}  // namespace

Result<Response> HandleQaList(const Request& request, Context& context) {
  const std::string* topic = request.Field("linh-vuc");
  const std::string* after = request.Field("sau");
  std::string topic_code = topic ? *topic : "";
  Result<Rows> topics = context.db.Query(kTopicsSql, {context.site.id});
  if (!topics.ok()) return topics.status();
  std::string topic_name;
  for (const Row& t : *topics) {
    if (t.Str(0) == topic_code) topic_name = t.Str(1);
  }
  if (!topic_code.empty() && topic_name.empty()) return Status::NotFound();
  Result<Rows> rows = context.db.Query(
      kListSql, {context.site.id, topic_code.empty() ? 0 : 1, topic_code, after ? std::stoll(*after) : (1ll << 40), kPerPage + 1});
  if (!rows.ok()) return rows.status();

  Dict layout("qa-list");
  Dict* page = StartPage(layout, request, context, topic_name.empty() ? "Hỏi đáp" : "Hỏi đáp: " + topic_name,
                         "feedback/qa_list.tpl", after != nullptr);
  page->SetValue("HEADING", topic_name.empty() ? "Hỏi đáp" : "Hỏi đáp: " + topic_name);
  if (!topic_name.empty()) page->SetValueAndShowSection("TOPIC_NAME", topic_name, "IN_TOPIC");
  else page->ShowSection("ALL");
  {
    Dict* all = page->AddSectionDictionary("TOPIC");
    all->SetValue("NAME", "Tất cả");
    all->SetValue("URL", context.prefix + "/hoi-dap");
    if (topic_code.empty()) all->ShowSection("CURRENT");
  }
  for (const Row& t : *topics) {
    if (t.Int(2) == 0 && t.Str(0) != topic_code) continue;
    Dict* item = page->AddSectionDictionary("TOPIC");
    item->SetValue("NAME", t.Str(1));
    item->SetValue("COUNT", t.Str(2));
    item->ShowSection("HAS_COUNT");
    item->SetValue("URL", context.prefix + "/hoi-dap?linh-vuc=" + t.Str(0));
    if (t.Str(0) == topic_code) item->ShowSection("CURRENT");
  }
  bool more = rows->size() > static_cast<size_t>(kPerPage);
  if (more) rows->pop_back();
  for (const Row& r : *rows) {
    Dict* item = page->AddSectionDictionary("ITEM");
    item->SetValue("URL", context.prefix + "/hoi-dap/" + r.Str(0) + "-" + r.Str(1));
    item->SetValue("TITLE", r.Str(2));
    item->SetValue("DATE", core::vntext::FormatDate(r.Time(3)));
    item->SetValue("ISO", core::vntext::FormatIso(r.Time(3)));
    item->SetValue("TOPIC", r.Str(4));
    item->SetValue("EXCERPT", Excerpt(r.Str(5), 220));
  }
  if (rows->empty()) page->ShowSection("EMPTY");
  if (more) {
    std::string url = context.prefix + "/hoi-dap?" + (topic_code.empty() ? "" : "linh-vuc=" + topic_code + "&") +
                      "sau=" + rows->back().Str(0);
    page->SetValueAndShowSection("MORE_URL", url, "MORE");
  }
  return RenderPage(layout, 200, false);
}

Result<Response> HandleQaItem(const Request& request, Context& context) {
  const std::string& arg = request.path_args.at(0);
  std::string digits = arg.substr(0, arg.find('-'));
  if (digits.empty() || digits.size() > 10 || digits[0] == '0' ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    return Status::NotFound();
  }
  Result<Row> row = context.db.QueryRow(kItemSql, {std::stoll(digits), context.site.id});
  if (!row.ok()) return row.status();
  const Row& r = *row;
  std::string canonical = "/hoi-dap/" + r.Str(0) + "-" + r.Str(1);
  if (request.path != canonical) return Response::Redirect(context.prefix + canonical, 301);
  Dict layout("qa-item");
  Dict* page = StartPage(layout, request, context, r.Str(2), "feedback/qa_item.tpl", false);
  layout.SetValue("META_DESCRIPTION", Excerpt(r.Str(3), 160));
  page->SetValue("TITLE", r.Str(2));
  page->SetValue("QUESTION", r.Str(3));
  page->SetValue("ANSWER", r.Str(4));
  page->SetValue("DATE", core::vntext::FormatDate(r.Time(5)));
  page->SetValue("ISO", core::vntext::FormatIso(r.Time(5)));
  page->SetValue("ASKED", core::vntext::FormatDate(r.Time(8)));
  page->SetValue("TOPIC", r.Str(6));
  page->SetValue("TOPIC_URL", context.prefix + "/hoi-dap?linh-vuc=" + r.Str(7));
  return RenderPage(layout, 200, false);
}

}  // namespace feedback
