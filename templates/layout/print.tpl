{{%AUTOESCAPE context="HTML"}}<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bản in: {{PAGE_TITLE}} – {{SITE_SHORT_NAME}}</title>
<meta name="description" content="{{META_DESCRIPTION}}">
<meta name="robots" content="noindex">
<link rel="canonical" href="{{CANONICAL}}">
<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/css/portal.css">
</head>
<body class="print-view">
<header class="print-header">
  <p class="print-site">{{BRAND_PARENT}}<br><strong>{{SITE_NAME}}</strong></p>
  <p class="print-actions"><a href="{{CANONICAL}}">← Quay lại bài viết</a> · Dùng lệnh In của trình duyệt (Ctrl+P) để in trang này.</p>
</header>
<main>
{{>CONTENT}}
</main>
</body>
</html>
