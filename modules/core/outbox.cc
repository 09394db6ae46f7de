// Queuing and composing mail.
#include "core/outbox.h"

#include <openssl/evp.h>

#include <algorithm>
#include <ctime>

namespace core::outbox {
namespace {

constexpr char kEnqueueSql[] =
    "INSERT INTO mail_outbox (site_id, kind, recipient, subject, body) VALUES (?, ?, ?, ?, ?)";

std::string OneLine(std::string_view text, size_t max_bytes) {
  std::string out;
  for (char c : text) {
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) continue;
    out += c;
  }
  if (out.size() > max_bytes) {
    size_t cut = max_bytes;
    // Never cut a UTF-8 sequence in the middle.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out;
}

std::string Base64(std::string_view data) {
  std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
  out.resize(n > 0 ? static_cast<size_t>(n) : 0);
  return out;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// RFC 2047 encoded words of at most 75 bytes, split between UTF-8 characters.
std::string EncodeHeader(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = std::min(text.size(), start + 45);  // 45 bytes → 60 base64 characters
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

}  // namespace

bool IsAddress(std::string_view address) {
  if (address.empty() || address.size() > 254) return false;
  size_t at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= address.size()) return false;
  if (address.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : address) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' ||
        c == '(' || c == ')' || c == '\\') {
      return false;
    }
  }
  std::string_view domain = address.substr(at + 1);
  return domain.find('.') != std::string_view::npos && domain.front() != '.' && domain.back() != '.' &&
         domain.find("..") == std::string_view::npos;
}

Status Enqueue(Db& db, const Mail& mail) {
  if (!IsAddress(mail.to)) return Status::Invalid("Địa chỉ thư điện tử không hợp lệ.", "bad recipient");
  Result<ExecResult> done = db.Execute(kEnqueueSql, {mail.site_id, OneLine(mail.kind, 40), mail.to,
                                                     OneLine(mail.subject, 300), mail.body});
  return done.status();
}

std::string Compose(std::string_view from, const Mail& mail, int64_t created_epoch, uint64_t id) {
  std::time_t t = static_cast<std::time_t>(created_epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char date[64];
  std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  std::string domain = "localhost";
  size_t at = from.rfind('@');
  if (at != std::string_view::npos) {
    domain = std::string(from.substr(at + 1));
    while (!domain.empty() && (domain.back() == '>' || domain.back() == ' ')) domain.pop_back();
  }
  std::string m;
  m += "From: " + OneLine(from, 254) + "\n";
  m += "To: " + mail.to + "\n";
  m += "Subject: " + EncodeHeader(OneLine(mail.subject, 300)) + "\n";
  m += "Date: " + std::string(date) + "\n";
  m += "Message-ID: <outbox-" + std::to_string(id) + "-" + std::to_string(created_epoch) + "@" + domain + ">\n";
  m += "MIME-Version: 1.0\n";
  m += "Content-Type: text/plain; charset=utf-8\n";
  m += "Content-Transfer-Encoding: 8bit\n";
  m += "Auto-Submitted: auto-generated\n";
  m += "\n";
  m += mail.body;
  if (m.back() != '\n') m += '\n';
  return m;
}

}  // namespace core::outbox
