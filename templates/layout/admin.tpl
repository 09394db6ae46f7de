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
