// portalctl exam: exam results for the lookup (SPEC A10, D31).
#ifndef EDUPORTAL_PORTALCTL_EXAM_H_
#define EDUPORTAL_PORTALCTL_EXAM_H_

#include <map>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/db.h"

namespace portalctl {

// `exam import <site> <exam-code> <file.csv> [--name NAME] [--opens "YYYY-MM-DD HH:MM"]
// [--closes "YYYY-MM-DD HH:MM"]`: checks every row (Vietnamese messages with line
// numbers, nothing imported on any error) and replaces the exam's results in one
// transaction, creating the exam when new. `exam example`: one open exam's candidate
// number and date of birth to try on /tra-cuu-diem.
int Exam(core::Db& db, const core::Config& config, const std::vector<std::string>& words,
         const std::multimap<std::string, std::string>& options);

}  // namespace portalctl

#endif  // EDUPORTAL_PORTALCTL_EXAM_H_
