{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{PAGE_TITLE}} – Quản trị {{SITE_SHORT_NAME}}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/css/admin.css">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua điều hướng, đến nội dung chính</a>
<header class="admin-header">
  <div class="admin-bar">
    <a class="admin-brand" href="{{ADMIN}}">Quản trị · {{SITE_SHORT_NAME}}</a>
    {{#ACCOUNT}}<span class="admin-user">{{USER_NAME}} ({{USERNAME}})</span>{{/ACCOUNT}}
  </div>
  {{#ACCOUNT}}<nav class="admin-nav" aria-label="Menu quản trị">
    <ul>
      <li><a href="{{ADMIN}}"{{#CUR_HOME}} aria-current="page"{{/CUR_HOME}}>Bảng điều khiển</a></li>
      <li><a href="{{ADMIN}}/bai-viet"{{#CUR_ARTICLES}} aria-current="page"{{/CUR_ARTICLES}}>Bài viết</a></li>
      <li><a href="{{ADMIN}}/bai-viet/moi"{{#CUR_NEW}} aria-current="page"{{/CUR_NEW}}>Viết bài mới</a></li>
      {{#CAN_RECEIVE_DISPATCH}}<li><a href="{{ADMIN}}/cong-van-den"{{#CUR_INBOX}} aria-current="page"{{/CUR_INBOX}}>Công văn đến{{#HAS_DISPATCH_UNREAD}} <span class="badge">{{DISPATCH_UNREAD}}<span class="visually-hidden"> chưa xem</span></span>{{/HAS_DISPATCH_UNREAD}}</a></li>{{/CAN_RECEIVE_DISPATCH}}
      <li><a href="{{ADMIN}}/noi-bo"{{#CUR_INTERNAL}} aria-current="page"{{/CUR_INTERNAL}}>Cổng nội bộ</a></li>
      <li><a href="{{ADMIN}}/van-ban"{{#CUR_DOCUMENTS}} aria-current="page"{{/CUR_DOCUMENTS}}>Văn bản</a></li>
      <li><a href="{{ADMIN}}/thu-vien"{{#CUR_LIBRARY}} aria-current="page"{{/CUR_LIBRARY}}>Thư viện</a></li>
      {{#CAN_NEWS_UP}}<li><a href="{{ADMIN}}/tin-gui-len"{{#CUR_NEWS_UP}} aria-current="page"{{/CUR_NEWS_UP}}>Tin gửi lên</a></li>{{/CAN_NEWS_UP}}
      {{#CAN_SEND_DISPATCH}}<li><a href="{{ADMIN}}/cong-van"{{#CUR_DISPATCHES}} aria-current="page"{{/CUR_DISPATCHES}}>Công văn đi</a></li>{{/CAN_SEND_DISPATCH}}
      <li><a href="{{ADMIN}}/gop-y"{{#CUR_FEEDBACK}} aria-current="page"{{/CUR_FEEDBACK}}>Góp ý</a></li>
      <li><a href="{{ADMIN}}/tra-cuu-diem"{{#CUR_EXAMS}} aria-current="page"{{/CUR_EXAMS}}>Điểm thi</a></li>
      {{#CAN_AUDIT}}<li><a href="{{ADMIN}}/nhat-ky"{{#CUR_AUDIT}} aria-current="page"{{/CUR_AUDIT}}>Nhật ký</a></li>{{/CAN_AUDIT}}
      <li><a href="{{ADMIN}}/mat-khau"{{#CUR_PASSWORD}} aria-current="page"{{/CUR_PASSWORD}}>Đổi mật khẩu</a></li>
      <li><a href="{{ADMIN}}/bao-mat"{{#CUR_SECURITY}} aria-current="page"{{/CUR_SECURITY}}>Bảo mật</a></li>
      <li><a href="{{PREFIX}}/">Xem trang công khai</a></li>
      <li><form method="post" action="{{ADMIN}}/dang-xuat"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="link-button">Đăng xuất</button></form></li>
    </ul>
  </nav>{{/ACCOUNT}}
</header>
<main id="noi-dung" class="admin-main" tabindex="-1">
{{>CONTENT}}
</main>
<footer class="admin-footer"><p>{{SITE_NAME}} · {{DATE_LINE}}</p></footer>
</body>
</html>
