// Status and Result<T>: expected failures as cheap values, each with a Vietnamese
// message for the user and a detail for the log (LevelDB's Status, our codes).
#ifndef EDUPORTAL_CORE_STATUS_H_
#define EDUPORTAL_CORE_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace core {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kNotFound, kInvalid, kForbidden, kConflict, kUnavailable, kInternal };

  // An OK status holds no state.
  Status() = default;

  static Status NotFound(std::string user_message = "Không tìm thấy trang bạn yêu cầu.",
                         std::string detail = "") {
    return Status(Code::kNotFound, std::move(user_message), std::move(detail));
  }
  static Status Invalid(std::string user_message, std::string detail = "") {
    return Status(Code::kInvalid, std::move(user_message), std::move(detail));
  }
  static Status Forbidden(std::string user_message = "Bạn không có quyền thực hiện thao tác này.",
                          std::string detail = "") {
    return Status(Code::kForbidden, std::move(user_message), std::move(detail));
  }
  static Status Conflict(std::string user_message, std::string detail = "") {
    return Status(Code::kConflict, std::move(user_message), std::move(detail));
  }
  static Status Unavailable(std::string detail) {
    return Status(Code::kUnavailable, "Hệ thống đang bận, vui lòng thử lại sau ít phút.",
                  std::move(detail));
  }
  static Status Internal(std::string detail) {
    return Status(Code::kInternal, "Đã có lỗi xảy ra. Chúng tôi đã ghi nhận và sẽ khắc phục.",
                  std::move(detail));
  }

  bool ok() const { return state_ == nullptr; }
  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsInvalid() const { return code() == Code::kInvalid; }
  bool IsForbidden() const { return code() == Code::kForbidden; }
  bool IsConflict() const { return code() == Code::kConflict; }
  bool IsUnavailable() const { return code() == Code::kUnavailable; }
  bool IsInternal() const { return code() == Code::kInternal; }

  Code code() const { return state_ ? state_->code : Code::kOk; }
  // The message shown to the user, in Vietnamese. Empty when OK.
  const std::string& user_message() const { return state_ ? state_->user_message : Empty(); }
  // What the log gets; never shown to the user.
  const std::string& detail() const { return state_ ? state_->detail : Empty(); }
  // "NOT_FOUND: detail" for logs and tests; "OK" when OK.
  std::string ToString() const;

 private:
  struct State {
    Code code;
    std::string user_message;
    std::string detail;
  };
  Status(Code code, std::string user_message, std::string detail)
      : state_(std::make_shared<const State>(State{code, std::move(user_message), std::move(detail)})) {}
  static const std::string& Empty() {
    static const std::string empty;
    return empty;
  }

  std::shared_ptr<const State> state_;
};

// A value or a non-OK Status (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : value_(std::move(status)) {}  // NOLINT
  // REQUIRES: !status.ok() when constructing from a Status.

  bool ok() const { return std::holds_alternative<T>(value_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(value_);
  }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> value_;
};

}  // namespace core

#endif  // EDUPORTAL_CORE_STATUS_H_
