// admin.fcgi: the staff area (SPEC C24–C30) at /admin and /don-vi/<site>/admin.
// Handlers and the helpers they share inside this module.
#ifndef EDUPORTAL_ADMIN_ADMIN_H_
#define EDUPORTAL_ADMIN_ADMIN_H_

#include <string>

#include "core/server.h"
#include "core/workflow.h"

namespace admin {

using core::Context;
using core::Dict;
using core::Request;
using core::Response;
using core::Result;

Result<Response> HandleSignInForm(const Request& request, Context& context);
Result<Response> HandleSignIn(const Request& request, Context& context);
Result<Response> HandleSignOut(const Request& request, Context& context);
Result<Response> HandleSignOutEverywhere(const Request& request, Context& context);
Result<Response> HandlePasswordForm(const Request& request, Context& context);
Result<Response> HandlePasswordChange(const Request& request, Context& context);
Result<Response> HandleTotpForm(const Request& request, Context& context);
Result<Response> HandleTotpVerify(const Request& request, Context& context);
Result<Response> HandleSecurity(const Request& request, Context& context);
Result<Response> HandleSecurityConfirm(const Request& request, Context& context);
Result<Response> HandleDashboard(const Request& request, Context& context);
Result<Response> HandleArticles(const Request& request, Context& context);
Result<Response> HandleArticleNew(const Request& request, Context& context);
Result<Response> HandleArticleCreate(const Request& request, Context& context);
Result<Response> HandleArticleEdit(const Request& request, Context& context);
Result<Response> HandleArticleUpdate(const Request& request, Context& context);
Result<Response> HandleArticleHistory(const Request& request, Context& context);
Result<Response> HandleAuditLog(const Request& request, Context& context);
// Feedback inbox and items (feedback.cc), holidays (holidays.cc), exams (exams.cc).
Result<Response> HandleFeedbackInbox(const Request& request, Context& context);
Result<Response> HandleFeedbackItem(const Request& request, Context& context);
Result<Response> HandleFeedbackAction(const Request& request, Context& context);
Result<Response> HandleFeedbackFile(const Request& request, Context& context);
Result<Response> HandleHolidays(const Request& request, Context& context);
Result<Response> HandleHolidaysSave(const Request& request, Context& context);
Result<Response> HandleExams(const Request& request, Context& context);
Result<Response> HandleExamCreate(const Request& request, Context& context);
Result<Response> HandleExam(const Request& request, Context& context);
Result<Response> HandleExamUpdate(const Request& request, Context& context);
// The dashboard's panel of feedback waiting on this site, for those who handle it.
void FillFeedbackSummary(Dict* page, Context& context);

// The admin layout: site, account, menu. Values included templates need are global.
void FillLayout(Dict& layout, const Request& request, Context& context);
Dict* StartPage(Dict& layout, const Request& request, Context& context, std::string_view title,
                std::string_view content);
Result<Response> RenderPage(const Dict& layout);

// "/don-vi/<slug>/admin" or "/admin": where this site's staff area is.
std::string AdminBase(const Context& context);

// The signed-in account as an actor of the approval chain on the current site.
Result<core::workflow::Actor> ActorOf(Context& context);

}  // namespace admin

#endif  // EDUPORTAL_ADMIN_ADMIN_H_
