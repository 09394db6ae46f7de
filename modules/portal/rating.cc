// 1–5 star ratings of articles (SPEC A4): one vote per visitor per article, no sign-in.
// A visitor is a random cookie, kept only as its hash; an address may cast a bounded
// number of votes a day, so a script cannot stuff the ballot.

#include "core/audit.h"
#include "core/password.h"
#include "portal/portal.h"

namespace portal {
namespace {

using core::Status;

constexpr char kVisitorCookie[] = "eduportal_visitor";
constexpr int kVotesPerAddressPerDay = 30;

constexpr char kArticleForRatingSql[] =
    "SELECT id, slug FROM articles WHERE id = ? AND site_id = ? AND status = 'published' "
    "AND published_at <= UTC_TIMESTAMP()";
constexpr char kVotesTodaySql[] =
    "SELECT COUNT(*) FROM article_ratings WHERE address_hash = ? "
    "AND created_at > UTC_TIMESTAMP() - INTERVAL 1 DAY";
constexpr char kInsertVoteSql[] =
    "INSERT IGNORE INTO article_ratings (article_id, visitor_hash, address_hash, stars) VALUES (?, ?, ?, ?)";
constexpr char kAddToArticleSql[] =
    "UPDATE articles SET rating_sum = rating_sum + ?, rating_count = rating_count + 1 WHERE id = ?";

bool IsHex32(std::string_view s) {
  if (s.size() != 32) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

}  // namespace

void FillRating(Dict* page, int64_t sum, int64_t count, const Request& request, const std::string& action) {
  page->SetValue("RATE_ACTION", action);
  if (count > 0) {
    // "4,3": one decimal, Vietnamese decimal comma.
    int64_t tenths = (sum * 10 + count / 2) / count;
    page->SetValueAndShowSection("RATING_AVERAGE",
                                 std::to_string(tenths / 10) + "," + std::to_string(tenths % 10),
                                 "HAS_RATING");
    page->SetIntValue("RATING_COUNT", static_cast<long>(count));
  } else {
    page->ShowSection("NO_RATING");
  }
  const std::string* outcome = request.Field("danh-gia");
  if (!outcome) return;
  const char* message = *outcome == "cam-on"       ? "Cảm ơn bạn đã đánh giá bài viết."
                        : *outcome == "da-co"      ? "Bạn đã đánh giá bài viết này trước đó."
                        : *outcome == "qua-nhieu"  ? "Bạn đã gửi quá nhiều đánh giá hôm nay. Vui lòng thử lại vào ngày mai."
                                                   : "Vui lòng chọn số sao từ 1 đến 5 trước khi gửi.";
  page->SetValueAndShowSection("RATE_MESSAGE", message, "RATE_OUTCOME");
}

Result<Response> HandleRate(const Request& request, Context& context) {
  uint32_t id = ParseLeadingId(request.path_args.at(0));
  if (id == 0 || request.path_args[0].find('-') != std::string::npos) return Status::NotFound();
  Result<core::Row> article = context.db.QueryRow(kArticleForRatingSql, {id, context.site.id});
  if (!article.ok()) return article.status();
  std::string back = context.prefix + "/bai-viet/" + article->Str(0) + "-" + article->Str(1);
  auto done = [&](const char* outcome) {
    return Response::Redirect(back + "?danh-gia=" + outcome + "#danh-gia", 303);
  };
  const std::string* stars = request.Field("so_sao");
  if (!stars) return done("loi");

  // The visitor: the cookie when it is one of ours, else a new one.
  std::string visitor;
  auto cookie = request.cookies.find(kVisitorCookie);
  bool new_visitor = cookie == request.cookies.end() || !IsHex32(cookie->second);
  if (new_visitor) {
    Result<std::string> fresh = core::password::RandomHex(16);
    if (!fresh.ok()) return fresh.status();
    visitor = *fresh;
  } else {
    visitor = cookie->second;
  }
  std::string visitor_hash = core::password::Sha256Hex(visitor);
  std::string address_hash = core::password::Sha256Hex("rating\n" + request.remote_addr);

  const char* outcome = "cam-on";
  {
    Result<std::unique_ptr<core::Transaction>> tx = core::Transaction::Begin(context.db);
    if (!tx.ok()) return tx.status();
    Result<core::Row> today = context.db.QueryRow(kVotesTodaySql, {address_hash});
    if (!today.ok()) return today.status();
    if (today->Int(0) >= kVotesPerAddressPerDay) {
      outcome = "qua-nhieu";
    } else {
      Result<core::ExecResult> vote = context.db.Execute(kInsertVoteSql, {id, visitor_hash, address_hash, *stars});
      if (!vote.ok()) return vote.status();
      if (vote->affected_rows == 0) {
        outcome = "da-co";
      } else {
        Result<core::ExecResult> add = context.db.Execute(kAddToArticleSql, {*stars, id});
        if (!add.ok()) return add.status();
        Status audit = core::Audit(context, request, "article.rate", "article", id, "stars=" + *stars);
        if (!audit.ok()) return audit;
      }
    }
    Status committed = (*tx)->Commit();
    if (!committed.ok()) return committed;
  }
  Response r = done(outcome);
  r.Header("Cache-Control", "no-store");
  if (new_visitor) {
    r.Header("Set-Cookie", std::string(kVisitorCookie) + "=" + visitor +
                               "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax" +
                               (request.https ? "; Secure" : ""));
  }
  return r;
}

}  // namespace portal
